import type { WorkBook, WorkSheet } from "@e965/xlsx";
import { EMPTY_CELL, type CellGrid, type CellRead } from "../domain/grid/cellRead";
import type { CellValue, Grid } from "../domain/grid/cellValue";
import { isoToSerial } from "../domain/grid/excelDates";
import type { SheetSpec } from "../domain/sheet/sheetSpec";
import { drawableCharts } from "../workbook/chartNames";
import { mergeMetadata } from "../workbook/cellMarks";
import { WorkbookFileError } from "../workbook/fileProblems";
import { chooseMetadataSheet, gridToMetadata, looksLikeMetadata, metadataToGrid } from "../workbook/metadataSheet";
import type { ApplyOptions, ApplyReport, DefinedName, SheetInfo, TableInfo, WorkbookChange, WorkbookInfo, WorkbookPort } from "../workbook/port";
import { parseRange } from "./cellRange";
import { renderSheets } from "./graft/excelJsSheets";
import { graftSheets, removeSheet } from "./graft/graftSheets";
import { applyMarks, clearMarks } from "./graft/markCells";
import { WorkbookSheetNotFoundError } from "./graft/sheetNotFound";
import { writeRangeInPackage } from "./graft/writeRangeInPackage";
import { WorkbookPackage } from "./package/workbookPackage";
import { ZipPackage } from "./package/zipPackage";
import { lockedCells } from "./read/lockedCells";
import { odsHiddenSheets } from "./read/odsHiddenSheets";
import { loadSheetJs } from "./read/loadSheetJs";
import { MAX_SHEET_CELLS, readTypedCells, usedArea } from "./read/sheetJsCells";
import { decodeText, sniffFormat } from "./read/sniffFormat";

export type WorkbookFormat = "xlsx" | "xls" | "ods" | "csv";

/** A workbook file held in memory: the standalone pane's workbook and the CLI's. */
export interface XlsxWorkbook extends WorkbookPort {
  readonly format: WorkbookFormat;
  /** Only .xlsx can be written; other formats are read for their values. */
  readonly writable: boolean;
  /** The cell `reveal` last asked for: the standalone grid shows it (the file itself is not changed). */
  readonly revealed: { readonly sheet: string; readonly address: string } | null;
  /** The workbook as .xlsx bytes. */
  toBuffer(): Promise<Uint8Array>;
}

interface Parsed {
  readonly book: WorkBook;
  /** The package, for .xlsx: sheets, names, tables and lock states come from its parts. */
  readonly pkg: WorkbookPackage | null;
  /** Sheets an .ods hides, which SheetJS does not report. */
  readonly odsHidden: ReadonlySet<string>;
}

/** A new, empty .xlsx workbook. */
export async function createXlsxWorkbook(): Promise<XlsxWorkbook> {
  return new FileWorkbook("xlsx", await renderSheets([]));
}

/**
 * Opens a workbook file of any format an agency may send: .xlsx from any program, .xls, .ods, .csv (UTF-8 or
 * UTF-16). Throws WorkbookFileError when the bytes cannot be read, with a code that says why.
 */
export async function openWorkbookFile(data: ArrayBuffer | Uint8Array, options: OpenOptions = {}): Promise<XlsxWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length === 0) throw new WorkbookFileError("empty_file");
  const sniffed = sniffFormat(bytes);
  // Text is read as CSV only when its name does not claim a workbook format: "notes.xlsx" that is plain text is not a workbook.
  if (sniffed === "csv" && options.fileName && !/\.(csv|tsv|txt)$/i.test(options.fileName)) throw new WorkbookFileError("not_a_workbook");
  if (sniffed === "encrypted") throw new WorkbookFileError("encrypted");
  if (sniffed === "unknown") throw new WorkbookFileError("not_a_workbook");
  let format: WorkbookFormat = sniffed === "zip" ? "xlsx" : sniffed;
  let opened: ZipPackage | null = null;
  if (sniffed === "zip") {
    const zip = await ZipPackage.open(bytes);
    if (zip === "too_large") throw new WorkbookFileError("too_large");
    if (zip === "not_a_zip") throw new WorkbookFileError("damaged");
    if ((await zip.text("mimetype"))?.startsWith("application/vnd.oasis.opendocument.spreadsheet")) format = "ods";
    else if (!(await WorkbookPackage.open(zip).catch(() => null))) throw new WorkbookFileError("not_a_workbook");
    // SheetJS parses every sheet at once, at about ten times its XML in memory: refuse before, not out of memory after.
    if (zip.declaredBytes(isSheetData) > SHEET_DATA_LIMIT_BYTES) throw new WorkbookFileError("sheet_data_too_large");
    opened = zip;
  }
  const workbook = new FileWorkbook(format, bytes, opened);
  await workbook.parsed();
  return workbook;
}

/** Unpacked cell data (sheet XML and shared strings, or an .ods content.xml) read in one parse; see the README. */
export const SHEET_DATA_LIMIT_BYTES = 64 * 1024 * 1024;

function isSheetData(path: string): boolean {
  return /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(path) || path === "content.xml";
}

export interface OpenOptions {
  /** The file's name, when known: only a hint, the bytes decide the format. */
  readonly fileName?: string;
}


class FileWorkbook implements XlsxWorkbook {
  readonly host = "file" as const;
  revealed: { readonly sheet: string; readonly address: string } | null = null;
  private cache: Promise<Parsed> | null = null;

  constructor(
    readonly format: WorkbookFormat,
    private bytes: Uint8Array,
    /** The package as openWorkbookFile already opened it, so the first parse does not unzip it again. */
    private opened: ZipPackage | null = null,
  ) {}

  get writable(): boolean {
    return this.format === "xlsx";
  }

  parsed(): Promise<Parsed> {
    if (!this.cache) {
      this.cache = parse(this.format, this.bytes, this.opened);
      this.opened = null;
    }
    return this.cache;
  }

  async inspect(): Promise<WorkbookInfo> {
    return (await this.describe()).info;
  }

  /** The workbook's outline, and where its metadata sheet is (or would go). */
  private async describe(): Promise<{ readonly info: WorkbookInfo; readonly metadataSheet: string }> {
    const { book, pkg, odsHidden } = await this.parsed();
    const sheets: SheetInfo[] = pkg
      ? pkg.sheets().map(({ name, visibility }) => ({ name, visibility }))
      : book.SheetNames.map((name, index) => ({ name, visibility: odsHidden.has(name) ? "hidden" : visibilityOf(book, index) }));
    const names: DefinedName[] = pkg
      ? pkg.definedNames().filter((name) => name.localSheetId === null).map(({ name, reference }) => ({ name, reference }))
      : (book.Workbook?.Names ?? []).filter((name) => name.Sheet === undefined).map((name) => ({ name: name.Name, reference: name.Ref }));
    const tables: TableInfo[] = pkg ? await pkg.tables() : [];
    const metadataSheet = chooseMetadataSheet(sheets, (name) =>
      looksLikeMetadata(sheets.find((sheet) => sheet.name === name)?.visibility ?? "visible", valuesOf(book, name)),
    );
    const metadata = metadataSheet.exists ? gridToMetadata(valuesOf(book, metadataSheet.name)) : {};
    return { info: { sheets, names, tables, metadata }, metadataSheet: metadataSheet.name };
  }

  async readSheet(name: string, address?: string): Promise<Grid> {
    return (await this.readCells(name, address)).map((row) => row.map(plainValue));
  }

  async readCells(name: string, address?: string): Promise<CellGrid> {
    const { book, pkg } = await this.parsed();
    const sheet = requireSheet(book, name);
    const area = address ? parseRange(address) : usedArea(sheet);
    if (!area) return [];
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_SHEET_CELLS) throw new WorkbookFileError("sheet_too_large", name);
    const locked = pkg ? await this.locks(pkg, name) : null;
    const date1904 = pkg ? pkg.date1904() : Boolean(book.Workbook?.WBProps?.date1904);
    return readTypedCells(sheet, address ? area : { ...area, top: 0, left: 0 }, { date1904, locked });
  }

  private readonly lockCache = new Map<string, Promise<((address: string) => boolean) | null>>();

  /** Lock lookups read the sheet's part once per version of the file. */
  private locks(pkg: WorkbookPackage, name: string): Promise<((address: string) => boolean) | null> {
    let lookup = this.lockCache.get(name);
    if (!lookup) {
      lookup = lockLookup(pkg, name);
      this.lockCache.set(name, lookup);
    }
    return lookup;
  }

  async reveal(sheet: string, address: string): Promise<void> {
    requireSheet((await this.parsed()).book, sheet);
    this.revealed = { sheet, address };
  }

  async apply(changes: readonly WorkbookChange[], options: ApplyOptions = {}): Promise<ApplyReport> {
    if (!this.writable) throw new WorkbookFileError("read_only_format", this.format);
    const { info, metadataSheet } = await this.describe();
    const zip = await ZipPackage.open(this.bytes);
    const pkg = typeof zip === "string" ? null : await WorkbookPackage.open(zip);
    if (!pkg) throw new WorkbookFileError("damaged");
    if (pkg.structureLocked() && changesStructure(changes, info, metadataSheet)) throw new WorkbookFileError("structure_protected");
    const editor = new ChangeRun(pkg, info.metadata, metadataSheet);
    for (const [index, change] of changes.entries()) {
      await editor.add(change);
      options.onProgress?.((index + 1) / changes.length);
    }
    await editor.flush();
    pkg.commit();
    this.bytes = await pkg.zip.toBytes();
    this.cache = null;
    this.lockCache.clear();
    return { roundTrips: 0 };
  }

  async toBuffer(): Promise<Uint8Array> {
    if (!this.writable) throw new WorkbookFileError("read_only_format", this.format);
    return this.bytes;
  }
}

/**
 * One apply's changes on the package, in order. Consecutive sheet writes are rendered together and grafted in
 * one pass; metadata is merged into the verified metadata sheet, or a new one beside a user's look-alike.
 */
class ChangeRun {
  private pending: SheetSpec[] = [];
  private metadata: Record<string, string>;

  constructor(
    private readonly pkg: WorkbookPackage,
    metadata: Readonly<Record<string, string>>,
    private readonly metadataSheet: string,
  ) {
    this.metadata = { ...metadata };
  }

  async add(change: WorkbookChange): Promise<void> {
    switch (change.kind) {
      case "writeSheet":
        this.queue(change.sheet);
        return;
      case "setMetadata":
        this.setMetadata(change.entries);
        return;
      case "markCells":
        await this.flush();
        this.setMetadata(await applyMarks(this.pkg, change.sheet, change.marks, this.metadata));
        return;
      case "clearMarks":
        await this.flush();
        this.setMetadata(await clearMarks(this.pkg, change.sheet, this.metadata));
        return;
    }
    await this.flush();
    switch (change.kind) {
      case "writeRange":
        await writeRangeInPackage(this.pkg, change.sheet, change.address, change.values);
        return;
      case "deleteSheet":
        await removeSheet(this.pkg, change.name);
        return;
      case "setName":
        this.pkg.setDefinedName(change.name, change.reference);
        return;
    }
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const specs = this.pending;
    this.pending = [];
    await graftSheets(
      this.pkg,
      await renderSheets(specs),
      specs.map((spec) => ({
        name: spec.name,
        visibility: spec.visibility ?? "visible",
        position: spec.position ?? null,
        charts: drawableCharts(spec.charts),
        links: spec.links,
        values: spec.values,
      })),
    );
  }

  private setMetadata(entries: Readonly<Record<string, string>>): void {
    if (Object.keys(entries).length === 0) return;
    this.metadata = mergeMetadata(this.metadata, entries);
    this.queue({
      name: this.metadataSheet,
      visibility: "veryHidden",
      values: metadataToGrid(this.metadata),
      columns: [{ width: 32 }, { width: 60 }],
    });
  }

  private queue(spec: SheetSpec): void {
    this.pending = [...this.pending.filter((queued) => queued.name !== spec.name), spec];
  }
}

/** Whether the changes add or remove a sheet: what a workbook with a protected structure forbids. */
function changesStructure(changes: readonly WorkbookChange[], info: WorkbookInfo, metadataSheet: string): boolean {
  const existing = new Set(info.sheets.map((sheet) => sheet.name));
  return changes.some((change) => {
    if (change.kind === "writeSheet") return !existing.has(change.sheet.name);
    if (change.kind === "deleteSheet") return existing.has(change.name);
    const writesMetadata = change.kind === "setMetadata" || change.kind === "markCells" || change.kind === "clearMarks";
    return writesMetadata && !existing.has(metadataSheet);
  });
}

async function parse(format: WorkbookFormat, bytes: Uint8Array, opened: ZipPackage | null): Promise<Parsed> {
  const XLSX = await loadSheetJs();
  const options = { cellFormula: true, cellNF: true, cellStyles: true, cellDates: false, dense: false } as const;
  try {
    if (format === "csv") return { book: quietly(() => XLSX.read(decodeText(bytes), { type: "string", raw: true, ...options })), pkg: null, odsHidden: new Set() };
    const book = quietly(() => XLSX.read(bytes, { type: "array", ...options }));
    if (format === "xls") return { book, pkg: null, odsHidden: new Set() };
    const unzipped = opened ?? (await ZipPackage.open(bytes));
    const zip = typeof unzipped === "string" ? null : unzipped;
    if (format === "ods") return { book, pkg: null, odsHidden: zip ? await odsHiddenSheets(zip) : new Set() };
    const pkg = zip ? await WorkbookPackage.open(zip) : null;
    if (!pkg) throw new WorkbookFileError("damaged");
    return { book, pkg, odsHidden: new Set() };
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new WorkbookFileError(/password|encrypt/i.test(message) ? "encrypted" : "damaged", message);
  }
}

/** SheetJS reports odd number formats on the console; the CLI's output and the pane's console are not the place. */
function quietly<T>(read: () => T): T {
  const { error, warn } = console;
  console.error = () => undefined;
  console.warn = () => undefined;
  try {
    return read();
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

function requireSheet(book: WorkBook, name: string): WorkSheet {
  const sheet = book.Sheets[name];
  if (!sheet) throw new WorkbookSheetNotFoundError(name);
  return sheet;
}

function visibilityOf(book: WorkBook, index: number): SheetInfo["visibility"] {
  const hidden = book.Workbook?.Sheets?.[index]?.Hidden;
  return hidden === 2 ? "veryHidden" : hidden === 1 ? "hidden" : "visible";
}

function valuesOf(book: WorkBook, name: string): Grid {
  const sheet = book.Sheets[name];
  if (!sheet) return [];
  const area = usedArea(sheet);
  if (!area || (area.bottom + 1) * (area.right + 1) > MAX_SHEET_CELLS) return [];
  return readTypedCells(sheet, area, { date1904: false, locked: null }).map((row) => row.map(plainValue));
}

async function lockLookup(pkg: WorkbookPackage, name: string): Promise<((address: string) => boolean) | null> {
  const part = pkg.sheets().find((sheet) => sheet.name === name)?.part;
  const stylesPart = pkg.stylesPart();
  if (!part) return null;
  const sheetXml = await pkg.zip.text(part);
  return sheetXml === null ? null : lockedCells(stylesPart ? await pkg.zip.text(stylesPart) : null, sheetXml);
}

/** The values Office.js Range.values gives: dates as serial numbers, errors as their text. */
function plainValue(cell: CellRead): CellValue {
  if (cell.kind === "date" && typeof cell.value === "string") return isoToSerial(cell.value) ?? cell.value;
  return cell === EMPTY_CELL ? null : cell.value;
}
