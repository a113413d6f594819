import { addInChartName, drawableCharts } from "../workbook/chartNames";
import { fromA1, rangeA1 } from "../domain/grid/cellAddress";
import type { Grid } from "../domain/grid/cellValue";
import { cellReference } from "../domain/sheet/sheetNames";
import { metadataToGrid } from "../workbook/metadataSheet";
import { mergeMetadata } from "../workbook/cellMarks";
import { footerSectionCode } from "../workbook/headerFooterCodes";
import type { LinkSpec, PrintSpec, RowHeightSpec, SheetSpec, SheetVisibility, WorkbookChange } from "../workbook/port";
import { columnAddress, columnWidthPoints, parseBlockAddress, quoteSheetName, rowsAddress } from "./addressing";
import { addChartsStep, deleteChartsStep } from "./chartSteps";
import { ExcelAdapterError } from "./excelAdapterError";
import { gridWidth, needsTextPrefix, toExcelRows } from "./excelCellValues";
import type { ExistingWorkbook } from "./readWorkbook";
import { OUTLINE_NAME, outlineComment } from "./readWorkbook";
import { PlannedCells, planClearMarks, planMarkCells } from "./markSteps";
import { addConditionalFormat, applyStyle, outlineDepth, toDataValidationRule, toErrorAlert, toPrompt } from "./sheetFeatures";
import type { ColumnFormat } from "./valueBlockSteps";
import { valueBlockSteps } from "./valueBlockSteps";
import type { WriteStep } from "./writeSteps";
import { nameKey, smallStep, SYNC_BUDGET_BYTES } from "./writeSteps";

/** Room left in a sync next to a value block for the small steps packed with it. */
const VALUE_BLOCK_BUDGET = SYNC_BUDGET_BYTES - 100_000;

/** What the host supports beyond the add-in's floor (ExcelApi 1.8). */
export interface HostFeatures {
  /** Range.group (ExcelApi 1.10). */
  readonly rowGroups: boolean;
  /** Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9): without them a sheet keeps Excel's default print setup. */
  readonly pageLayout: boolean;
  /** Worksheet.getRanges (ExcelApi 1.9): rows of one height set in one call rather than one call per run. */
  readonly rangeAreas: boolean;
}

const EXCEL_VISIBILITY: Record<SheetVisibility, Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden"> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** How a sheet is protected, to protect it again the same way. */
export interface SheetProtection {
  readonly options: Excel.WorksheetProtectionOptions;
  /** The password the add-in protected it with; undefined for none, or for a sheet protected before this apply. */
  readonly password: string | undefined;
}

/** The protection our templates put on their sheets: edits only in unlocked cells, rows and columns resizable. */
const TEMPLATE_PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true };

/** A sheet whose protection marking lifts for the apply, and how to put it back. */
export interface LiftedProtection extends SheetProtection {
  readonly sheet: string;
}

interface PlannedSheet {
  readonly name: string;
  protected: boolean;
  /** How it is protected, when it is. */
  protection: SheetProtection | null;
  /** Protected when the apply began and not written since: its protection can be lifted before any other step. */
  protectedAtRead: boolean;
  outlineDepth: number;
  /** Columns formatted as text ("@") by a writeSheet of this apply; null when the sheet was not written. */
  textColumns: ReadonlySet<number> | null;
  /** The add-in's charts on the sheet, by name: a rewrite deletes them. */
  charts: readonly string[];
}

/** The workbook as it will be after the steps planned so far, so later changes see earlier ones. */
class PlannedWorkbook {
  readonly order: string[];
  private readonly sheets = new Map<string, PlannedSheet>();
  private readonly tables = new Map<string, { readonly name: string; readonly sheet: string }>();
  readonly names: Set<string>;
  metadata: Record<string, string>;
  readonly metadataSheet: string;
  readonly cells: PlannedCells;
  /** Sheets unprotected for marks, by nameKey: protected again at the end of the apply. */
  readonly lifted = new Map<string, LiftedProtection>();
  /** Unprotect steps that go before every other step (see liftProtection). */
  readonly firstSteps: WriteStep[] = [];

  constructor(existing: ExistingWorkbook) {
    this.cells = new PlannedCells(existing.marks);
    this.order = existing.sheets.map((sheet) => sheet.name);
    for (const sheet of existing.sheets) {
      this.sheets.set(nameKey(sheet.name), {
        name: sheet.name,
        protected: sheet.protected,
        // Unprotected without a password: our templates have none, and the add-in knows no other.
        protection: sheet.protected ? { options: sheet.protectionOptions, password: undefined } : null,
        protectedAtRead: sheet.protected,
        outlineDepth: existing.outlineDepths.get(nameKey(sheet.name)) ?? 0,
        textColumns: null,
        charts: existing.addInCharts.get(nameKey(sheet.name)) ?? [],
      });
    }
    for (const table of existing.tables) this.tables.set(nameKey(table.name), table);
    this.names = new Set(existing.names.map((item) => nameKey(item.name)));
    this.metadata = { ...existing.metadata };
    this.metadataSheet = existing.metadataSheet;
  }

  sheet(name: string): PlannedSheet | undefined {
    return this.sheets.get(nameKey(name));
  }

  add(name: string): PlannedSheet {
    const sheet: PlannedSheet = { name, protected: false, protection: null, protectedAtRead: false, outlineDepth: 0, textColumns: null, charts: [] };
    this.sheets.set(nameKey(name), sheet);
    this.order.push(name);
    return sheet;
  }

  remove(name: string): void {
    this.sheets.delete(nameKey(name));
    this.lifted.delete(nameKey(name));
    this.order.splice(this.order.findIndex((other) => nameKey(other) === nameKey(name)), 1);
    for (const table of this.tablesOn(name)) this.tables.delete(nameKey(table));
  }

  /** Moves a sheet in the tab order; returns the position Excel will accept (clamped to the last tab). */
  move(name: string, position: number): number {
    const from = this.order.findIndex((other) => nameKey(other) === nameKey(name));
    const [moved] = this.order.splice(from, 1);
    const to = Math.max(0, Math.min(Math.trunc(position), this.order.length));
    this.order.splice(to, 0, moved!);
    return to;
  }

  tablesOn(sheet: string): string[] {
    return [...this.tables.values()].filter((table) => nameKey(table.sheet) === nameKey(sheet)).map((table) => table.name);
  }

  forgetTable(name: string): void {
    this.tables.delete(nameKey(name));
  }

  addTable(name: string, sheet: string): void {
    this.tables.set(nameKey(name), { name, sheet });
  }
}

/** Empties an existing sheet: tables, outline, validation, conditional formats, merges, cells, formats, panes. */
function clearSheetStep(name: string, planned: PlannedSheet, tables: readonly string[], password: string | undefined): WriteStep {
  const wasProtected = planned.protected;
  const depth = planned.outlineDepth;
  return smallStep(12 + tables.length + depth, tables, (session) => {
    const sheet = session.sheet(name);
    if (wasProtected) sheet.protection.unprotect(password);
    for (const table of tables) session.context.workbook.tables.getItem(table).delete();
    if (depth > 0) {
      const record = sheet.names.getItemOrNullObject(OUTLINE_NAME);
      const groupedRows = record.getRange();
      for (let level = 0; level < depth; level += 1) groupedRows.ungroup("ByRows");
      record.delete();
    }
    const all = sheet.getRange();
    all.dataValidation.clear();
    all.conditionalFormats.clearAll();
    all.unmerge();
    all.clear("All");
    all.format.useStandardWidth = true;
    all.format.useStandardHeight = true;
    all.columnHidden = false;
    sheet.freezePanes.unfreeze();
  });
}

function sheetSteps(spec: SheetSpec, model: PlannedWorkbook, features: HostFeatures): WriteStep[] {
  const name = spec.name;
  const steps: WriteStep[] = [];
  let planned = model.sheet(name);
  const existed = planned !== undefined;
  if (planned) {
    const tables = model.tablesOn(name);
    steps.push(clearSheetStep(name, planned, tables, spec.protection?.password));
    // After the clear step, which unprotects the sheet: a protected sheet refuses changes to its charts.
    if (planned.charts.length > 0) steps.push(deleteChartsStep(name, planned.charts));
    tables.forEach((table) => model.forgetTable(table));
    planned.protected = false;
    planned.protection = null;
    planned.protectedAtRead = false;
    // The sheet's spec decides its protection from now on.
    model.lifted.delete(nameKey(name));
    planned.outlineDepth = 0;
  } else {
    planned = model.add(name);
    steps.push(smallStep(1, name, (session) => void session.addSheet(name)));
  }

  const position = spec.position === undefined ? null : model.move(name, spec.position);
  steps.push(
    smallStep(3, spec.tabColor ?? "", (session) => {
      const sheet = session.sheet(name);
      if (position !== null) sheet.position = position;
      if (existed || spec.visibility !== undefined) sheet.visibility = EXCEL_VISIBILITY[spec.visibility ?? "visible"];
      if (existed || spec.tabColor !== undefined) sheet.tabColor = spec.tabColor ?? "";
    }),
  );

  const columns = spec.columns ?? [];
  const columnFormats: ColumnFormat[] = columns.flatMap((column, index) =>
    column.numberFormat ? [{ column: index, format: column.numberFormat }] : [],
  );
  const textColumns = new Set(columnFormats.filter(({ format }) => format === "@").map(({ column }) => column));
  planned.textColumns = textColumns;
  const rows = toExcelRows(spec.values, gridWidth(spec.values), (_row, column) => textColumns.has(column));
  steps.push(...valueBlockSteps({ sheet: name, row: 0, column: 0, rows, columnFormats }, VALUE_BLOCK_BUDGET));

  if (columns.length > 0) {
    steps.push(
      smallStep(columns.length * 3, columns, (session) => {
        const sheet = session.sheet(name);
        columns.forEach((column, index) => {
          const range = sheet.getRange(columnAddress(index));
          if (column.width !== undefined) range.format.columnWidth = columnWidthPoints(column.width);
          if (column.wrap !== undefined) range.format.wrapText = column.wrap;
          if (column.hidden) range.columnHidden = true;
        });
      }),
    );
  }

  const styles = spec.styles ?? [];
  const merges = spec.merges ?? [];
  if (styles.length + merges.length > 0) {
    steps.push(
      smallStep(styles.length * 6 + merges.length, [styles, merges], (session) => {
        const sheet = session.sheet(name);
        for (const style of styles) applyStyle(sheet.getRange(style.address), style);
        for (const merge of merges) sheet.getRange(merge).merge(false);
      }),
    );
  }

  const tables = spec.tables ?? [];
  if (tables.length > 0) {
    steps.push(
      smallStep(tables.length * 5, tables, (session) => {
        const sheet = session.sheet(name);
        for (const spec of tables) {
          const table = sheet.tables.add(spec.address, true);
          table.name = spec.name;
          if (spec.style !== undefined) table.style = spec.style;
          if (spec.showBandedRows !== undefined) table.showBandedRows = spec.showBandedRows;
          if (spec.showFilterButton !== undefined) table.showFilterButton = spec.showFilterButton;
        }
      }),
    );
    tables.forEach((table) => model.addTable(table.name, name));
  }

  const validations = spec.validations ?? [];
  if (validations.length > 0) {
    steps.push(
      smallStep(validations.length * 4, validations, (session) => {
        const sheet = session.sheet(name);
        for (const validation of validations) {
          const target = sheet.getRange(validation.address).dataValidation;
          // Clear first: a rule over cells with other validation settings fails (office-js#2594).
          target.clear();
          target.rule = toDataValidationRule(validation.rule);
          if (validation.prompt) target.prompt = toPrompt(validation.prompt);
          if (validation.error) target.errorAlert = toErrorAlert(validation.error);
        }
      }),
    );
  }

  const conditionalFormats = spec.conditionalFormats ?? [];
  if (conditionalFormats.length > 0) {
    steps.push(
      smallStep(conditionalFormats.length * 5, conditionalFormats, (session) => {
        const sheet = session.sheet(name);
        for (const format of conditionalFormats) addConditionalFormat(sheet.getRange(format.address), format);
      }),
    );
  }

  const links = spec.links ?? [];
  if (links.length > 0) steps.push(linksStep(name, links, spec.values));

  const groups = features.rowGroups ? (spec.rowGroups ?? []) : [];
  if (groups.length > 0) {
    const depth = outlineDepth(groups);
    const first = Math.min(...groups.map((group) => group.from));
    const last = Math.max(...groups.map((group) => group.to));
    steps.push(
      smallStep(groups.length + 2, groups, (session) => {
        const sheet = session.sheet(name);
        for (const group of groups) sheet.getRange(rowsAddress(group.from, group.to)).group("ByRows");
        const record = sheet.names.add(OUTLINE_NAME, `=${quoteSheetName(name)}!$${first}:$${last}`, outlineComment(depth));
        record.visible = false;
      }),
    );
    planned.outlineDepth = depth;
  }

  const heights = heightRuns(spec.rowHeights ?? []);
  if (heights.length > 0) steps.push(features.rangeAreas ? rowHeightsByAreas(name, heights) : rowHeightsByRuns(name, heights));

  // Office.js has no setting for the outline's summary rows (spec.rowGroupSummary): Excel keeps its own, below.
  if (spec.print && features.pageLayout) steps.push(printStep(name, spec.print));

  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    steps.push(
      smallStep(1, freeze, (session) => {
        const panes = session.sheet(name).freezePanes;
        if (freeze.rows > 0 && freeze.columns > 0) {
          panes.freezeAt(rangeA1({ row: 0, column: 0 }, freeze.rows, freeze.columns));
        } else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.columns);
      }),
    );
  }

  const charts = drawableCharts(spec.charts);
  if (charts.length > 0) steps.push(addChartsStep(name, charts));
  planned.charts = charts.map((_chart, index) => addInChartName(index + 1));

  const protection = spec.protection;
  if (protection) {
    steps.push(
      smallStep(protection.unlocked.length + 1, protection.unlocked, (session) => {
        const sheet = session.sheet(name);
        for (const address of protection.unlocked) sheet.getRange(address).format.protection.locked = false;
        // Unlocked cells plus sheet protection: allowEditRanges is web-only (office-js#3369).
        sheet.protection.protect(TEMPLATE_PROTECTION_OPTIONS, protection.password);
      }),
    );
    planned.protected = true;
    planned.protection = { options: TEMPLATE_PROTECTION_OPTIONS, password: protection.password };
  }
  return steps;
}

/**
 * Links to cells of the workbook, blue and underlined as Excel's own. The cell's text is the link's text; text that
 * Excel would take for a formula is not sent as display text (Excel might parse it) and stays as the values wrote it.
 */
function linksStep(name: string, links: readonly LinkSpec[], values: Grid): WriteStep {
  const calls = links.map((link) => {
    const position = fromA1(link.address);
    const text = position ? values[position.row]?.[position.column] : undefined;
    const hyperlink: Excel.RangeHyperlink = { documentReference: cellReference(link.target.sheet, link.target.address) };
    if (typeof text === "string" && !needsTextPrefix(text)) hyperlink.textToDisplay = text;
    return { address: link.address, hyperlink };
  });
  return smallStep(calls.length * 3, calls, (session) => {
    const sheet = session.sheet(name);
    for (const call of calls) {
      const range = sheet.getRange(call.address);
      range.hyperlink = call.hyperlink;
      range.format.font.color = LINK_COLOR;
      range.format.font.underline = "Single";
    }
  });
}

/** Excel's colour for a hyperlink (the Hyperlink cell style of the Office theme). */
const LINK_COLOR = "#0563C1";

interface HeightRun {
  from: number;
  to: number;
  readonly height: number;
}

/** Consecutive rows of the same height as one area. */
function heightRuns(heights: readonly RowHeightSpec[]): HeightRun[] {
  const runs: HeightRun[] = [];
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.to === row - 1 && last.height === height) last.to = row;
    else runs.push({ from: row, to: row, height });
  }
  return runs;
}

function rowHeightsByRuns(name: string, runs: readonly HeightRun[]): WriteStep {
  return smallStep(runs.length * 2, runs, (session) => {
    const sheet = session.sheet(name);
    for (const run of runs) sheet.getRange(rowsAddress(run.from, run.to)).format.rowHeight = run.height;
  });
}

/** Addresses of many areas stay well below any limit on the length of a reference. */
const AREAS_ADDRESS_MAX = 2_000;

/** One getRanges per height (and per 2,000 characters of address): a plan's hundreds of rows take a few dozen calls. */
function rowHeightsByAreas(name: string, runs: readonly HeightRun[]): WriteStep {
  const byHeight = new Map<number, string[]>();
  for (const run of runs) byHeight.set(run.height, [...(byHeight.get(run.height) ?? []), rowsAddress(run.from, run.to)]);
  const calls: { address: string; height: number }[] = [];
  for (const [height, addresses] of byHeight) {
    let address = "";
    for (const area of addresses) {
      if (address && address.length + 1 + area.length > AREAS_ADDRESS_MAX) {
        calls.push({ address, height });
        address = "";
      }
      address = address ? `${address},${area}` : area;
    }
    calls.push({ address, height });
  }
  return smallStep(calls.length * 2, calls, (session) => {
    const sheet = session.sheet(name);
    for (const call of calls) sheet.getRanges(call.address).format.rowHeight = call.height;
  });
}

const ORIENTATION = { portrait: "Portrait", landscape: "Landscape" } as const;

/**
 * Paper, orientation, fit to width (rows run on: 0 pages tall), repeated header rows, the footer, and the manual page
 * breaks when the spec gives them (the sheet's earlier ones removed first).
 */
function printStep(name: string, print: PrintSpec): WriteStep {
  const breaks = print.rowBreaks ? 1 + print.rowBreaks.length : 0;
  return smallStep(7 + breaks, print, (session) => {
    if (print.rowBreaks) {
      const pageBreaks = session.sheet(name).horizontalPageBreaks;
      pageBreaks.removePageBreaks();
      // A break is added above the range's top row: the page starts there.
      for (const row of print.rowBreaks) pageBreaks.add(`A${row}`);
    }
    const layout = session.sheet(name).pageLayout;
    layout.paperSize = print.paperSize;
    layout.orientation = ORIENTATION[print.orientation];
    if (print.fitToPagesWide !== undefined) layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
    if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.from}:$${print.titleRows.to}`);
    if (print.footer) {
      const footer = layout.headersFooters.defaultForAllPages;
      footer.leftFooter = footerSectionCode(print.footer.left ?? "");
      footer.centerFooter = footerSectionCode(print.footer.center ?? "");
      footer.rightFooter = footerSectionCode(print.footer.right ?? "");
    }
  });
}

function writeRangeSteps(
  change: Extract<WorkbookChange, { kind: "writeRange" }>,
  id: number,
  model: PlannedWorkbook,
  existing: ExistingWorkbook,
): WriteStep[] {
  const planned = model.sheet(change.sheet);
  if (!planned) throw new ExcelAdapterError("ItemNotFound", `No sheet "${change.sheet}" to write ${change.address} into`);
  const block = parseBlockAddress(change.address);
  if (!block) throw new ExcelAdapterError("InvalidArgument", `Address "${change.address}" is not a cell or a block of cells`);
  const height = change.values.length;
  const width = gridWidth(change.values);
  if (height === 0 || width === 0) return [];
  const single = block.rowCount === 1 && block.columnCount === 1;
  if (!single && (block.rowCount !== height || block.columnCount !== width)) {
    throw new ExcelAdapterError(
      "InvalidArgument",
      `${change.address} is ${block.rowCount}×${block.columnCount} cells but the values are ${height}×${width}`,
    );
  }
  const formats = existing.rangeFormats.get(id);
  const textColumns = planned.textColumns;
  const isText = (row: number, column: number): boolean =>
    textColumns ? textColumns.has(block.column + column) : formats?.[row]?.[column] === "@";
  const rows = toExcelRows(change.values, width, isText);
  return valueBlockSteps({ sheet: change.sheet, row: block.row, column: block.column, rows, columnFormats: [] }, VALUE_BLOCK_BUDGET);
}

function deleteSheetSteps(name: string, model: PlannedWorkbook): WriteStep[] {
  if (!model.sheet(name)) return [];
  model.remove(name);
  return [
    smallStep(1, name, (session) => {
      session.sheet(name).delete();
      session.forgetSheet(name);
    }),
  ];
}

function metadataSteps(entries: Readonly<Record<string, string>>, model: PlannedWorkbook): WriteStep[] {
  model.metadata = mergeMetadata(model.metadata, entries);
  const grid = metadataToGrid(model.metadata);
  const sheet = model.metadataSheet;
  const existed = model.sheet(sheet) !== undefined;
  if (!existed) model.add(sheet);
  return [
    smallStep(2, sheet, (session) => {
      if (existed) session.sheet(sheet).getRange().clear("All");
      else session.addSheet(sheet);
    }),
    ...valueBlockSteps(
      { sheet: sheet, row: 0, column: 0, rows: toExcelRows(grid, 2, () => false), columnFormats: [] },
      VALUE_BLOCK_BUDGET,
    ),
    smallStep(1, sheet, (session) => {
      session.sheet(sheet).visibility = "VeryHidden";
    }),
  ];
}

function setNameStep(name: string, reference: string, model: PlannedWorkbook): WriteStep {
  const replace = model.names.has(nameKey(name));
  model.names.add(nameKey(name));
  const formula = `=${reference.replace(/^=/, "")}`;
  return smallStep(2, [name, formula], (session) => {
    const names = session.context.workbook.names;
    if (replace) names.getItemOrNullObject(name).delete();
    names.add(name, formula);
  });
}

/**
 * Excel refuses fills and comments on a protected sheet, so marks lift its protection and the apply's last step
 * puts it back with the same options. A sheet protected before the apply is unprotected before any other step: a
 * password the add-in does not know then fails the apply before anything is written.
 */
function liftProtection(planned: PlannedSheet, model: PlannedWorkbook): WriteStep[] {
  if (!planned.protected || !planned.protection) return [];
  const { name } = planned;
  const { password } = planned.protection;
  model.lifted.set(nameKey(name), { sheet: name, ...planned.protection });
  planned.protected = false;
  planned.protection = null;
  const step = smallStep(1, name, (session) => session.sheet(name).protection.unprotect(password));
  if (!planned.protectedAtRead) return [step];
  planned.protectedAtRead = false;
  model.firstSteps.push(step);
  return [];
}

function protectAgainSteps(model: PlannedWorkbook): WriteStep[] {
  return [...model.lifted.values()].map(({ sheet, options, password }) =>
    smallStep(1 + Object.keys(options).length, sheet, (session) => session.sheet(sheet).protection.protect(options, password)),
  );
}

function markCellsSteps(change: Extract<WorkbookChange, { kind: "markCells" }>, model: PlannedWorkbook): WriteStep[] {
  const planned = model.sheet(change.sheet);
  if (!planned) throw new ExcelAdapterError("ItemNotFound", `No sheet "${change.sheet}" to mark cells on`);
  if (change.marks.length === 0) return [];
  const lift = liftProtection(planned, model);
  const plan = planMarkCells(planned.name, change.marks, model.cells, model.metadata);
  return [...lift, ...plan.steps, ...metadataSteps(plan.entries, model)];
}

function clearMarksSteps(sheet: string | null, model: PlannedWorkbook): WriteStep[] {
  const plan = planClearMarks(sheet, model.cells, model.metadata, (name) => model.sheet(name) !== undefined);
  if (Object.keys(plan.entries).length === 0) return [];
  const lift = plan.sheets.flatMap((name) => liftProtection(model.sheet(name)!, model));
  return [...lift, ...plan.steps, ...metadataSteps(plan.entries, model)];
}

export interface WritePlan {
  readonly steps: WriteStep[];
  /** Sheets whose protection the steps lift and restore: to restore if a sync fails between. */
  readonly lifted: readonly LiftedProtection[];
}

/** Turns the changes into ordered, size-estimated steps, given what the workbook held before. */
export function planWrites(changes: readonly WorkbookChange[], existing: ExistingWorkbook, features: HostFeatures): WritePlan {
  const model = new PlannedWorkbook(existing);
  const steps = changes.flatMap((change, index): WriteStep[] => {
    switch (change.kind) {
      case "writeSheet":
        return sheetSteps(change.sheet, model, features);
      case "writeRange":
        return writeRangeSteps(change, index, model, existing);
      case "deleteSheet":
        return deleteSheetSteps(change.name, model);
      case "setMetadata":
        return metadataSteps(change.entries, model);
      case "setName":
        return [setNameStep(change.name, change.reference, model)];
      case "markCells":
        return markCellsSteps(change, model);
      case "clearMarks":
        return clearMarksSteps(change.sheet, model);
    }
  });
  return { steps: [...model.firstSteps, ...steps, ...protectAgainSteps(model)], lifted: [...model.lifted.values()] };
}
