import type { Agency, AgencySuccession } from "../domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../domain/catalog/types";
import type { CellGrid } from "../domain/grid/cellRead";
import { TEMPLATE_SECTIONS, type TemplateSection } from "../domain/templates/distributeDuties";
import { fingerprintOf, lockedLine } from "../domain/templates/fingerprint";
import type { TextDigest } from "../domain/templates/sha256";
import { decodeTemplateMetadata } from "../domain/templates/templateMetadata";
import { SECTION_COLUMNS } from "../domain/templates/templateLayout";
import { sectionReadings, type SectionReading } from "../domain/consolidation/returnReadings";
import { checkIdentity, checkSubmissions, type ReturnIdentity } from "../domain/validation/checkIdentity";
import { rowKeyId, type InputRow, type RowKey } from "../domain/validation/inputLayout";
import { orderIssues, summarizeIssues } from "../domain/validation/orderIssues";
import { returnDueDate, type DatedSubmission, type DueDate } from "../domain/validation/timeliness";
import { validateReturn, type ReturnToValidate, type ReturnValidation } from "../domain/validation/validateReturn";
import { validationIssue, type ValidationIssue } from "../domain/validation/validationIssue";
import { DEFAULT_VALIDATION_SETTINGS, type ValidationSettings } from "../domain/validation/validationRules";
import { gridToMetadata, isMetadataSheetName } from "../workbook/metadataSheet";
import type { CellMark, WorkbookInfo, WorkbookPort } from "../workbook/port";
import { catalogChange, expectedTemplateRows, parseRowKey, planHeading, planStart, rowRules, type TemplateRowsRequest } from "./validation/catalogRows";
import { matchHandMadeTable, MATCH_THRESHOLD } from "./validation/matchHandMadeTable";
import { lockedEdits, readSectionSheet, type SectionRead } from "./validation/readSectionSheet";
import { TEMPLATE_INPUT_LAYOUT } from "./validation/returnLayout";
import { coverCells, damageDetail, recoverShape, shapeFromMetadata, type TemplateShape } from "./validation/templateShape";
import { createValidationCache, type ValidationCache } from "./validation/validationCache";

export { createValidationCache, type ValidationCache } from "./validation/validationCache";

/** What validation compares a return with: the catalogues and agencies shipped (or imported), and what is expected. */
export interface ValidationSources {
  readonly plans: ReadonlyMap<string, PlanCatalog>;
  readonly agencies: readonly Agency[];
  readonly successions: readonly AgencySuccession[];
}

export interface ValidateReturnOptions {
  readonly file: string | null;
  readonly sources: ValidationSources;
  /** The agency and year being collected, when the officer knows them. */
  readonly expected?: { readonly agency?: string | null; readonly year?: number | null };
  readonly settings?: ValidationSettings;
  /** ISO date: a day the template may have been made on (today), to rebuild its rows. */
  readonly today?: string;
  /**
   * When the return arrived, for submitted_late: the file's date (fileDateSubmission(new Date(file.lastModified)) in
   * the pane, the mtime in the CLI) or a day the officer entered (enteredSubmission), which callers let win.
   */
  readonly submitted?: DatedSubmission | null;
  /**
   * What the returns of one run share (createValidationCache): pass one cache to every return of a round, so the
   * catalogues are distributed once, not once per return. Without it, each call works alone.
   */
  readonly cache?: ValidationCache;
}

/** The options as the stages see them: always with a cache, the caller's or one for this return alone. */
type RunOptions = ValidateReturnOptions & { readonly cache: ValidationCache };

/** Whose template a return is, as far as it could be told. */
export interface ReturnTemplate {
  readonly templateId: string | null;
  readonly agency: string | null;
  readonly year: number | null;
  readonly plans: readonly string[];
  /** "metadata": read from the template's metadata; "recovered": from the visible sheets; "headers": a hand-made table matched. */
  readonly source: "metadata" | "recovered" | "headers";
}

export interface ValidatedReturn {
  readonly file: string | null;
  readonly template: ReturnTemplate | null;
  readonly identity: ReturnIdentity | null;
  readonly validation: ReturnValidation;
  /** What each row reported, by section and column, as validation read it (consolidation merges these). */
  readonly readings: readonly SectionReading[];
}

/**
 * Validates one returned workbook, from any adapter: recognises the template (or recovers or matches it), checks
 * its structure against the template, its identity against the catalogues and what is expected, then every value.
 * Never throws for what the file contains; every problem is an issue.
 */
export async function validateWorkbookReturn(port: WorkbookPort, given: ValidateReturnOptions): Promise<ValidatedReturn> {
  const options: RunOptions = { ...given, cache: given.cache ?? createValidationCache() };
  const info = await metadataShownAsVisible(port, await port.inspect());
  const decoded = decodeTemplateMetadata(info.metadata);
  const file = options.file;
  const settings = options.settings ?? DEFAULT_VALIDATION_SETTINGS;
  if (decoded.metadata) return validateTemplate(port, info, shapeFromMetadata(decoded.metadata), [], options);

  const version = decoded.issues.find((issue) => issue.code === "version_unsupported");
  if (version && version.code === "version_unsupported") {
    const issues = [validationIssue("format_version_unknown", { file, sheet: null, cell: null }, { version: version.version })];
    return { file, template: null, identity: null, validation: finish(file, issues, settings, info), readings: [] };
  }
  const visible = await visibleGrids(port, info);
  const recovered = recoverShape(visible);
  const damaged = Object.keys(info.metadata).some((key) => key.startsWith("template."));
  if (recovered) {
    const first = damaged
      ? validationIssue("metadata_damaged", { file, sheet: null, cell: null }, { detail: damageDetail(decoded.issues) })
      : validationIssue("metadata_missing", { file, sheet: null, cell: null });
    const note = validationIssue("metadata_recovered", { file, sheet: recovered.shape.sheets.cover ?? null, cell: null }, { fields: recovered.fields.join("; ") });
    return validateTemplate(port, info, recovered.shape, [first, note], options);
  }
  return validateHandMade(visible, options, info, damaged ? damageDetail(decoded.issues) : null);
}

/**
 * Some readers cannot tell a hidden sheet from a visible one (.ods through SheetJS shows every sheet visible), so
 * the adapter does not take our metadata sheet for metadata. A sheet of our metadata name that starts with the
 * key/value header and says it is a template is read as metadata anyway: validation only reads it.
 */
async function metadataShownAsVisible(port: WorkbookPort, info: WorkbookInfo): Promise<WorkbookInfo> {
  if (Object.keys(info.metadata).some((key) => key.startsWith("template."))) return info;
  for (const sheet of info.sheets) {
    if (!isMetadataSheetName(sheet.name)) continue;
    const entries = gridToMetadata(await port.readSheet(sheet.name));
    const [first] = await port.readSheet(sheet.name, "A1:B1");
    if (first?.[0] === "key" && first[1] === "value" && entries["template.format"] !== undefined) return { ...info, metadata: { ...info.metadata, ...entries } };
  }
  return info;
}

async function visibleGrids(port: WorkbookPort, info: WorkbookInfo): Promise<{ name: string; grid: CellGrid }[]> {
  const grids = [];
  for (const sheet of info.sheets) if (sheet.visibility === "visible" && !isMetadataSheetName(sheet.name)) grids.push({ name: sheet.name, grid: await port.readCells(sheet.name) });
  return grids;
}

/**
 * A recognised (or recovered) template, in stages: the catalogues it was made from, its section sheets against the
 * template's columns, rows and locked text, whose it is, then every value through the domain's validateReturn.
 */
async function validateTemplate(port: WorkbookPort, info: WorkbookInfo, shape: TemplateShape, found: ValidationIssue[], options: RunOptions): Promise<ValidatedReturn> {
  const { file, sources } = options;
  const present = new Set(info.sheets.map((sheet) => sheet.name));
  const read = async (name: string | undefined) => (name && present.has(name) ? port.readCells(name) : null);
  const catalogs = shape.plans.flatMap((plan) => sources.plans.get(plan.id) ?? []);
  const changes = catalogueChanges(shape, sources, file, options.cache.digest);
  const sections = await readSections(read, shape, catalogs, changes.changed, options);
  const identity = identityOf(shape, file, await read(shape.sheets.cover));
  const identityIssues = identity
    ? shape.plans.flatMap((plan, index) => checkIdentity({ ...identity, plan: plan.id }, { knownPlans: [...sources.plans.keys()], ...(index === 0 ? options.expected : {}) }))
    : [];
  const validation = validateReturn(
    {
      file,
      layout: TEMPLATE_INPUT_LAYOUT,
      rows: sections.rows,
      planStart: planStart(catalogs),
      cutoff: shape.cutoff,
      expected: expectedRows(shape, sections.rows, catalogs, sources, options.cache),
      readerIssues: [...found, ...changes.issues, ...sections.issues, ...identityIssues],
      ...timeliness(options, returnDueDate(shape.deadline, catalogs, shape.year ?? options.expected?.year ?? null)),
      sheetOrder: info.sheets.map((sheet) => sheet.name),
    },
    options.settings,
  );
  const template: ReturnTemplate = {
    templateId: shape.templateId,
    agency: shape.agency,
    year: shape.year,
    plans: shape.plans.map((plan) => plan.id),
    source: shape.recovered ? "recovered" : "metadata",
  };
  return { file, template, identity, validation: placeMissingRows(validation, shape), readings: sectionReadings(validation.readings) };
}

/** catalog_changed for each plan whose catalogue no longer has the template's hash. */
function catalogueChanges(
  shape: TemplateShape,
  sources: ValidationSources,
  file: string | null,
  digest: TextDigest,
): { issues: ValidationIssue[]; changed: ReadonlySet<string> } {
  const issues: ValidationIssue[] = [];
  const changed = new Set<string>();
  const keys = TEMPLATE_SECTIONS.flatMap((section) => shape.rows[section]);
  for (const plan of shape.plans) {
    const catalog = sources.plans.get(plan.id);
    const change = catalog ? catalogChange(catalog, plan.hash, keys, digest) : null;
    if (!change) continue;
    changed.add(plan.id);
    issues.push(validationIssue("catalog_changed", { file, sheet: shape.sheets.cover ?? null, cell: null }, { plan: plan.id, ...change }));
  }
  return { issues, changed };
}

/**
 * Every section sheet against the template's columns, headings, rows and locked text; the input rows found. Locked
 * text is checked against the template's fingerprint first: only a return whose locked content changed has its
 * rows rebuilt from the catalogues, to name the cells that differ.
 */
async function readSections(
  read: (name: string | undefined) => Promise<CellGrid | null>,
  shape: TemplateShape,
  catalogs: readonly PlanCatalog[],
  changed: ReadonlySet<string>,
  options: RunOptions,
): Promise<{ rows: InputRow[]; issues: ValidationIssue[] }> {
  const { file, sources } = options;
  const request = templateRowsRequest(shape, catalogs, options);
  const rules = rowRules(request, options.cache);
  const rows: InputRow[] = [];
  const issues: ValidationIssue[] = [];
  const reads = new Map<TemplateSection, SectionRead>();
  for (const section of TEMPLATE_SECTIONS) {
    const sheet = shape.sheets[section];
    const grid = shape.rows[section].length === 0 ? null : await read(sheet);
    if (!grid || !sheet) continue;
    const headingPlans = [...new Set(shape.rows[section].map((key) => parseRowKey(key)?.plan ?? ""))].map((id) => sources.plans.get(id));
    // A changed catalogue may word a plan's heading differently: headings are only compared with the catalogue the template was made from.
    const headings = changed.size === 0 && headingPlans.every(Boolean) ? headingPlans.map((plan) => planHeading(plan!)) : null;
    const sectionRead = readSectionSheet(grid, { file, section, sheet, headings, rules });
    reads.set(section, sectionRead);
    rows.push(...sectionRead.rows);
    issues.push(...sectionRead.issues);
  }
  const intact = shape.fingerprint !== null && foundFingerprint(shape, reads, options.cache.digest) === shape.fingerprint;
  return { rows, issues: intact ? issues : [...issues, ...lockedTextEdits(shape, reads, request, changed, options)] };
}

function templateRowsRequest(shape: TemplateShape, catalogs: readonly PlanCatalog[], options: RunOptions): TemplateRowsRequest {
  const { sources } = options;
  return {
    catalogs,
    agency: (shape.agency ?? "") as AgencyId,
    agencies: sources.agencies,
    successions: sources.successions,
    choices: shape.choices,
    madeOn: [...new Set([options.today, shape.cutoff, ...shape.successionDates, shape.year ? `${shape.year}-01-01` : undefined].filter((day): day is string => Boolean(day)))],
    rows: shape.rows,
    fingerprint: shape.fingerprint,
  };
}

/**
 * locked_text_edited for a return whose locked content is not the template's: at each cell that differs from the
 * rebuilt rows, or on the sheet when the rows cannot be rebuilt as they were (the catalogue or the mergers changed).
 */
function lockedTextEdits(
  shape: TemplateShape,
  reads: ReadonlyMap<TemplateSection, SectionRead>,
  request: TemplateRowsRequest,
  changed: ReadonlySet<string>,
  options: RunOptions,
): ValidationIssue[] {
  const { file } = options;
  const rebuilt = expectedTemplateRows(request, options.cache);
  const unchanged = changed.size === 0 && shape.plans.every((plan) => plan.hash !== null);
  const compareLocked = rebuilt.exact ? "all" : unchanged ? "catalogue" : "none";
  const named = [...reads].flatMap(([section, sectionRead]) =>
    lockedEdits(sectionRead, { file, section, sheet: shape.sheets[section] ?? "", expected: rebuilt.expected, compareLocked }),
  );
  if (shape.fingerprint === null || rebuilt.exact || named.length > 0) return named;
  // No cell can be named: the sheet, when the template has one section.
  const sheets = [...new Set(TEMPLATE_SECTIONS.flatMap((section) => (shape.rows[section].length > 0 ? [shape.sheets[section]] : [])))];
  return [validationIssue("locked_text_edited", { file, sheet: sheets.length === 1 ? (sheets[0] ?? null) : null, cell: null }, { expected: "…", found: "…" })];
}

/**
 * Of the rows sent and the rows found, those the catalogues know (a plan not in them: the rows sent), and the rows
 * sent to the agency. Only these keys are ever looked up, so the return's size, not the catalogue's, sets the cost.
 */
function expectedRows(
  shape: TemplateShape,
  found: readonly InputRow[],
  catalogs: readonly PlanCatalog[],
  sources: ValidationSources,
  cache: ValidationCache,
): { known: RowKey[]; assigned: RowKey[] } {
  const sent = TEMPLATE_SECTIONS.flatMap((section) => shape.rows[section].flatMap((key) => parseRowKey(key) ?? []));
  const knownIn = new Map(catalogs.map((plan) => [plan.id as string, cache.knownIds(plan)]));
  const sentIds = new Set(sent.filter((key) => !sources.plans.has(key.plan)).map(rowKeyId));
  // sentIds holds no plan the sources have: a key of such a plan outside the template's catalogues is unknown.
  const isKnown = (key: RowKey, id: string) => (knownIn.get(key.plan) ?? sentIds).has(id);
  const known = new Map<string, RowKey>();
  for (const key of [...sent, ...found.map((row) => row.key)]) {
    const id = rowKeyId(key);
    if (isKnown(key, id)) known.set(id, key);
  }
  // A recovered template's keys are what was found: only the known ones count as sent.
  const assigned = shape.recovered ? sent.filter((key) => isKnown(key, rowKeyId(key))) : sent;
  return { known: [...known.values()], assigned };
}

/** row_missing on the sheet the row was sent on (the row itself is gone, so no cell). */
function placeMissingRows(validation: ReturnValidation, shape: TemplateShape): ReturnValidation {
  if (!validation.issues.some((issue) => issue.code === "row_missing" && issue.sheet === null)) return validation;
  const sheetOf = new Map<string, string>();
  for (const section of TEMPLATE_SECTIONS) {
    const sheet = shape.sheets[section];
    if (!sheet) continue;
    for (const key of shape.rows[section]) {
      const parsed = parseRowKey(key);
      if (parsed) sheetOf.set(`${parsed.plan}\u0000${parsed.code}`, sheet);
    }
  }
  const issues = validation.issues.map((issue) =>
    issue.code === "row_missing" && issue.sheet === null ? { ...issue, sheet: sheetOf.get(`${String(issue.params.plan)}\u0000${String(issue.params.code)}`) ?? null } : issue,
  );
  return { ...validation, issues };
}

/** The fingerprint of the locked content as found, in the template's key order; a missing row gives empty values. */
function foundFingerprint(shape: TemplateShape, reads: ReadonlyMap<TemplateSection, SectionRead>, digest: TextDigest): string {
  const lines: string[] = [];
  for (const section of TEMPLATE_SECTIONS) {
    const lockedColumns = SECTION_COLUMNS[section].flatMap((column, index) => (column.input ? [] : [index]));
    const found = reads.get(section)?.locked;
    for (const key of shape.rows[section]) {
      const values = found?.get(key)?.values;
      lines.push(lockedLine(section, lockedColumns.map((index) => values?.[index] ?? null)));
    }
  }
  return fingerprintOf(lines, digest);
}

function identityOf(shape: TemplateShape, file: string | null, cover: CellGrid | null): ReturnIdentity | null {
  if (shape.agency === null || shape.year === null || shape.plans.length === 0) return null;
  return {
    file,
    plan: shape.plans.map((plan) => plan.id).join("+"),
    agency: shape.agency,
    year: shape.year,
    shownAt: coverCells(cover, shape.sheets.cover),
  };
}

/** A workbook without template metadata: a hand-made table matched by its headers and codes, or not a template. */
function validateHandMade(visible: { name: string; grid: CellGrid }[], options: ValidateReturnOptions, info: WorkbookInfo, damage: string | null): ValidatedReturn {
  const { file } = options;
  const catalogs = [...options.sources.plans.values()];
  const match = matchHandMadeTable(visible, catalogs);
  const confidence = match?.confidence ?? 0;
  const damaged = damage === null ? [] : [validationIssue("metadata_damaged", { file, sheet: null, cell: null }, { detail: damage })];
  if (!match || confidence < MATCH_THRESHOLD) {
    const issues = [...damaged, validationIssue("not_a_template", { file, sheet: null, cell: null }, { confidence })];
    return { file, template: null, identity: null, validation: finish(file, issues, options.settings ?? DEFAULT_VALIDATION_SETTINGS, info), readings: [] };
  }
  const matched = validationIssue("template_matched_by_headers", { file, sheet: match.sheet, cell: `A${match.headerRow + 1}` }, { confidence });
  const plans = [...new Set(match.rows.map((row) => row.key.plan))];
  const validation = validateReturn(
    {
      file,
      layout: TEMPLATE_INPUT_LAYOUT,
      rows: match.rows,
      planStart: planStart(plans.flatMap((id) => options.sources.plans.get(id) ?? [])),
      cutoff: null,
      readerIssues: [...damaged, matched],
      ...timeliness(options, returnDueDate(null, plans.flatMap((id) => options.sources.plans.get(id) ?? []), options.expected?.year ?? null)),
      sheetOrder: info.sheets.map((sheet) => sheet.name),
    },
    options.settings,
  );
  return { file, template: { templateId: null, agency: null, year: null, plans, source: "headers" }, identity: null, validation, readings: sectionReadings(validation.readings) };
}

/** The two dates of submitted_late and where they came from; the rule is skipped when either is unknown. */
function timeliness(options: ValidateReturnOptions, due: DueDate | null): Pick<ReturnToValidate, "submittedOn" | "submittedSource" | "dueOn" | "dueSource"> {
  const submitted = options.submitted ?? null;
  if (!submitted || !due) return {};
  return { submittedOn: submitted.on, submittedSource: submitted.source, dueOn: due.on, dueSource: due.source };
}

function finish(file: string | null, issues: readonly ValidationIssue[], settings: ValidationSettings, info: WorkbookInfo): ReturnValidation {
  return validateReturn({ file, layout: { fields: [] }, rows: [], planStart: null, cutoff: null, readerIssues: issues, sheetOrder: info.sheets.map((s) => s.name) }, settings);
}

/**
 * duplicate_submission across returns: the newest of an agency is kept and every older one carries the issue, naming
 * it, as the issue's hint says to keep the newest. Newest by the day each arrived (`submittedOn`, aligned with
 * `results`); a return of unknown day counts as older; between equals, the one given later is newer.
 */
export function checkDuplicateSubmissions(results: readonly ValidatedReturn[], submittedOn: readonly (string | null)[] = []): ValidatedReturn[] {
  const newestFirst = results
    .map((result, index) => ({ result, index, on: submittedOn[index] ?? "" }))
    .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.index - a.index));
  const byFile = new Map<string | null, ValidationIssue[]>();
  for (const issue of checkSubmissions(newestFirst.flatMap(({ result }) => (result.identity ? [result.identity] : [])))) {
    const mine = byFile.get(issue.file);
    if (mine) mine.push(issue);
    else byFile.set(issue.file, [issue]);
  }
  return results.map((result) => {
    const mine = byFile.get(result.file) ?? [];
    if (mine.length === 0) return result;
    const issues = orderIssues([...mine, ...result.validation.issues]);
    const summary = summarizeIssues(issues);
    return { ...result, validation: { ...result.validation, issues, summary, ok: summary.errors === 0 } };
  });
}

const MARK_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** One mark per problem cell: red for errors, yellow for warnings only, and a note listing each issue there. */
export function issueMarks(issues: readonly ValidationIssue[]): Map<string, CellMark[]> {
  const byCell = new Map<string, { sheet: string; address: string; issues: ValidationIssue[] }>();
  for (const issue of issues) {
    if (issue.sheet === null || issue.cell === null) continue;
    const address = issue.cell.split(":")[0]!;
    const key = `${issue.sheet}\u0000${address}`;
    const entry = byCell.get(key) ?? { sheet: issue.sheet, address, issues: [] };
    entry.issues.push(issue);
    byCell.set(key, entry);
  }
  const bySheet = new Map<string, CellMark[]>();
  for (const { sheet, address, issues: here } of byCell.values()) {
    const fill = here.some((issue) => issue.severity === "error") ? MARK_FILL.error : MARK_FILL.warning;
    const note = here.map((issue) => [issue.message, issue.hint].filter(Boolean).join(" ")).join("\n");
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { address, fill, note }]);
  }
  return bySheet;
}

/** Marks the problem cells in the workbook (one apply); returns how many cells were marked. */
export async function markIssues(port: WorkbookPort, issues: readonly ValidationIssue[]): Promise<number> {
  const marks = issueMarks(issues);
  if (marks.size === 0) return 0;
  await port.apply([...marks].map(([sheet, cells]) => ({ kind: "markCells" as const, sheet, marks: cells })));
  return [...marks.values()].reduce((sum, cells) => sum + cells.length, 0);
}
