import type { Agency } from "../catalog/agency";
import type { PlanCatalog } from "../catalog/types";
import { columnLetters, rangeA1, toA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import type { ColumnSpec, SheetSpec, StyleSpec, ValidationSpec } from "../sheet/sheetSpec";
import type { AgencyDuties, IndicatorRow, TemplateRow, TemplateSection } from "./distributeDuties";
import { lockedLine } from "./fingerprint";
import { presentSheet } from "../sheet/presentation";
import { vietnameseDate, type ReportingDates } from "./reportingDates";
import { numericRule, planLabel, rowCells, type CellContext } from "./templateCells";
import { HEADER_ROW, SECTION_COLUMNS, type CoverInput, type TemplateColumn } from "./templateLayout";
import type { TemplateSheetRole } from "./templateMetadata";
import {
  COVER_LABELS,
  countsLine,
  ERRORS,
  INSTRUCTIONS,
  planLine,
  PROMPTS,
  reportingNoteText,
  SECTION_HEADINGS,
  SELF_ASSESSMENTS,
  STATUSES,
} from "./templateText";

/** The sheets of one agency's template, as plain sheet specs (values, validation, protection, grouping). */

const HEADER_FILL = "#0F6C5A";
const HEADER_FONT = "#FFFFFF";
const PLAN_FILL = "#E3F1EC";
/** Input cells are shaded so the agency sees at once what to fill in. */
export const INPUT_FILL = "#FFF2CC";
const KEY_FONT = "#7F7F7F";
const UNCERTAIN_FONT = "#B45309";

export interface TemplateSheetContext extends CellContext {
  readonly agency: Agency;
  readonly orderedPlans: readonly PlanCatalog[];
  readonly year: number;
  readonly dates: ReportingDates;
  readonly recipient: string;
  readonly names: Readonly<Record<TemplateSheetRole, string>>;
}

export interface SectionSheet {
  readonly spec: SheetSpec;
  /** Lines for the fingerprint, one per data row, in sheet order. */
  readonly lines: readonly string[];
  readonly keys: readonly string[];
}

/** A section sheet being built: what each stage adds to. */
interface SectionDraft {
  readonly section: TemplateSection;
  readonly columns: readonly TemplateColumn[];
  readonly values: CellValue[][];
  readonly styles: StyleSpec[];
  readonly merges: string[];
  readonly validations: ValidationSpec[];
  readonly unlocked: string[];
  readonly rowGroups: { from: number; to: number }[];
  readonly lines: string[];
  readonly keys: string[];
}

export function buildSectionSheet(
  section: TemplateSection,
  rows: readonly TemplateRow[],
  context: TemplateSheetContext,
): SectionSheet {
  const draft = sectionHead(section, context);
  for (const plan of context.orderedPlans) {
    const members = rows.filter((row) => row.planId === plan.id);
    if (members.length > 0) appendPlanBlock(draft, plan, members, context);
  }
  const { columns, values } = draft;
  const spec: SheetSpec = presentSheet(
    {
      name: context.names[section],
      values,
      columns: columns.map(columnSpec),
      freeze: { rows: HEADER_ROW, columns: 3 },
      styles: draft.styles,
      merges: draft.merges,
      validations: draft.validations,
      rowGroups: draft.rowGroups,
      protection: { unlocked: draft.unlocked },
    },
    { documentTitle: templateTitle(context), headerRows: HEADER_ROW },
  );
  return { spec, lines: draft.lines, keys: draft.keys };
}

/** Title, who and when, and the column headers: rows 1 to 3. */
function sectionHead(section: TemplateSection, context: TemplateSheetContext): SectionDraft {
  const columns = SECTION_COLUMNS[section];
  const width = columns.length;
  const line = (text: string) => [text, ...Array<CellValue>(width - 1).fill(null)];
  const subtitle = `${context.agency.name} · Năm ${context.year} · Số liệu tính đến ngày ${vietnameseDate(context.dates.cutoff)}`;
  return {
    section,
    columns,
    values: [line(SECTION_HEADINGS[section]), line(subtitle), columns.map((column) => column.header)],
    styles: [
      { address: "A1", bold: true, fontSize: 13 },
      { address: "A2", italic: true },
      {
        address: rangeA1({ row: HEADER_ROW - 1, column: 0 }, 1, width),
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_FONT,
        wrap: true,
        vertical: "center",
        horizontal: "center",
        rowHeight: 45,
      },
    ],
    merges: [rangeA1({ row: 0, column: 0 }, 1, width), rangeA1({ row: 1, column: 0 }, 1, width)],
    validations: [],
    unlocked: [],
    rowGroups: [],
    lines: [],
    keys: [],
  };
}

/** One plan's heading row, then its data rows, grouped, with their inputs unlocked, shaded and validated. */
function appendPlanBlock(
  draft: SectionDraft,
  plan: PlanCatalog,
  members: readonly TemplateRow[],
  context: TemplateSheetContext,
): void {
  const { columns, values, styles } = draft;
  const width = columns.length;
  const heading = Array<CellValue>(width).fill(null);
  heading[1] = `${planLabel(plan, plan.id)}: ${plan.title}`;
  values.push(heading);
  draft.merges.push(rangeA1({ row: values.length - 1, column: 1 }, 1, width - 1));
  styles.push({ address: rangeA1({ row: values.length - 1, column: 0 }, 1, width), bold: true, fill: PLAN_FILL });

  const first = values.length;
  const lockedIndexes = columns.flatMap((column, index) => (column.input ? [] : [index]));
  const received = columns.findIndex((column) => column.id === "received");
  for (const row of members) {
    const cells = rowCells(row, context);
    const line = columns.map((column) => (column.input ? null : (cells[column.id] ?? null)));
    values.push(line);
    draft.lines.push(
      lockedLine(
        draft.section,
        lockedIndexes.map((index) => line[index] ?? null),
      ),
    );
    draft.keys.push(row.key);
    if (row.inherited.some((entry) => entry.uncertain || (entry.split && !entry.chosen))) {
      styles.push({
        address: toA1({ row: values.length - 1, column: received }),
        fontColor: UNCERTAIN_FONT,
        bold: true,
      });
    }
  }
  const count = members.length;
  draft.rowGroups.push({ from: first + 1, to: first + count });
  styles.push({ address: rangeA1({ row: first, column: 0 }, count, 1), fontColor: KEY_FONT });
  columns.forEach((column, index) => {
    if (!column.input) return;
    const address = rangeA1({ row: first, column: index }, count, 1);
    draft.unlocked.push(address);
    styles.push({ address, fill: INPUT_FILL });
    draft.validations.push(...columnValidations(column, index, first, members, plan, context));
  });
}

function columnSpec(column: TemplateColumn): ColumnSpec {
  const wide = column.width >= 20;
  const numberFormat =
    column.kind === "date" ? "dd/mm/yyyy" : column.kind === "percent" ? "0" : column.kind === "text" ? "@" : undefined;
  return { width: column.width, ...(wide ? { wrap: true } : {}), ...(numberFormat ? { numberFormat } : {}) };
}

function columnValidations(
  column: TemplateColumn,
  index: number,
  first: number,
  members: readonly TemplateRow[],
  plan: PlanCatalog,
  context: TemplateSheetContext,
): ValidationSpec[] {
  const address = rangeA1({ row: first, column: index }, members.length, 1);
  const prompt = PROMPTS[column.id as keyof typeof PROMPTS];
  const withPrompt = prompt ? { prompt } : {};
  switch (column.kind) {
    case "status":
      return [
        {
          address,
          rule: { kind: "list", source: listSource(context.names.lists, 0, STATUSES.length) },
          ...withPrompt,
          error: ERRORS.list,
        },
      ];
    case "assessment":
      return [
        {
          address,
          rule: { kind: "list", source: listSource(context.names.lists, 1, SELF_ASSESSMENTS.length) },
          ...withPrompt,
          error: ERRORS.list,
        },
      ];
    case "percent":
      return [{ address, rule: { kind: "decimal", min: 0, max: 100 }, ...withPrompt, error: ERRORS.percent }];
    case "date": {
      const from = plan.period?.from ?? null;
      const to = plan.period?.to ?? null;
      return [
        {
          address,
          rule: { kind: "date", min: `${from ?? 1900}-01-01`, max: `${to ?? 9999}-12-31` },
          ...withPrompt,
          error: ERRORS.date,
        },
      ];
    }
    case "number":
      return numberValidations(column, index, first, members as readonly IndicatorRow[]);
    case "text":
      return [{ address, rule: { kind: "textLength", max: 2000 }, ...withPrompt, error: ERRORS.text }];
  }
}

/** Numbers where the row states a value, non-negative where the unit says so; runs of equal rules share a range. */
function numberValidations(
  column: TemplateColumn,
  index: number,
  first: number,
  members: readonly IndicatorRow[],
): ValidationSpec[] {
  const prompt = PROMPTS[column.id as keyof typeof PROMPTS];
  const result: ValidationSpec[] = [];
  let start = 0;
  for (let i = 1; i <= members.length; i++) {
    if (i < members.length && numericRule(members[i]!) === numericRule(members[start]!)) continue;
    const rule = numericRule(members[start]!);
    if (rule !== null) {
      result.push({
        address: rangeA1({ row: first + start, column: index }, i - start, 1),
        rule: rule === "nonNegative" ? { kind: "decimal", min: 0 } : { kind: "decimal" },
        ...(prompt ? { prompt } : {}),
        error: rule === "nonNegative" ? ERRORS.nonNegative : ERRORS.number,
      });
    }
    start = i;
  }
  return result;
}

/** "='DanhMuc'!$A$2:$A$6": lists come from cells, never from inline text (commas, 255-character limit). */
export function listSource(sheet: string, column: number, length: number): string {
  const letters = columnLetters(column);
  return `='${sheet.replace(/'/g, "''")}'!$${letters}$2:$${letters}$${length + 1}`;
}

export function buildListsSheet(name: string): SheetSpec {
  const height = Math.max(STATUSES.length, SELF_ASSESSMENTS.length);
  const values: CellValue[][] = [["Tình trạng", "Tự đánh giá"]];
  for (let i = 0; i < height; i++) values.push([STATUSES[i] ?? null, SELF_ASSESSMENTS[i] ?? null]);
  return { name, visibility: "veryHidden", values, columns: [{ width: 30 }, { width: 30 }] };
}

const INSTRUCTIONS_WIDTH = 120;
const COVER_WIDTHS = [36, 90] as const;

export function buildInstructionsSheet(name: string): SheetSpec {
  return presentSheet(
    {
      name,
      values: INSTRUCTIONS.map((line) => [line]),
      columns: [{ width: INSTRUCTIONS_WIDTH, wrap: true }],
      styles: [{ address: "A1", bold: true, fontSize: 13 }],
      protection: { unlocked: [] },
    },
    { documentTitle: "Hướng dẫn điền mẫu báo cáo", headerRows: 0 },
  );
}

/** The footer's document name on every template sheet: the report, its year and the agency. */
function templateTitle(context: TemplateSheetContext): string {
  return `Báo cáo năm ${context.year} · ${context.agency.shortName || context.agency.name}`;
}

export interface CoverSheet {
  readonly spec: SheetSpec;
  readonly inputs: Readonly<Record<CoverInput, string>>;
}

export function buildCoverSheet(
  context: TemplateSheetContext,
  duties: AgencyDuties,
  inheritedFrom: readonly string[],
): CoverSheet {
  const l = COVER_LABELS;
  const planName = (id: string) => planLabel(context.plans.get(id), id);
  const rows: [string, CellValue][] = [
    [l.agency, context.agency.name],
    [l.agencyId, context.agency.id],
    ...context.orderedPlans.map((plan): [string, CellValue] => [l.plan, planLine(plan)]),
    [l.year, context.year],
    [l.cutoff, vietnameseDate(context.dates.cutoff)],
    [l.deadline, context.dates.deadline ? vietnameseDate(context.dates.deadline) : l.noDeadline],
    [l.recipient, context.recipient],
    [
      l.counts,
      countsLine({
        indicators: duties.indicators.length,
        leadTasks: duties.leadTasks.length,
        partnerTasks: duties.partnerTasks.length,
      }),
    ],
  ];
  if (inheritedFrom.length > 0) rows.push([l.inherited, inheritedFrom.join("; ")]);
  for (const note of context.dates.notes) rows.push([l.note, reportingNoteText(note, planName)]);

  const values: CellValue[][] = [
    [l.title(context.year), null],
    [l.subtitle(context.agency.name), null],
    [null, null],
  ];
  for (const [label, value] of rows) values.push([label, value]);
  values.push([null, null], [l.fillerHeading, null]);
  const headingRow = values.length - 1;
  const inputs = {} as Record<CoverInput, string>;
  for (const [input, label] of [
    ["person", l.person],
    ["phone", l.phone],
    ["email", l.email],
  ] as const) {
    values.push([label, null]);
    inputs[input] = toA1({ row: values.length - 1, column: 1 });
  }
  const inputCells = Object.values(inputs);
  return {
    inputs,
    spec: presentSheet(
      {
        name: context.names.cover,
        position: 0,
        tabColor: HEADER_FILL,
        values,
        columns: [
          { width: COVER_WIDTHS[0], wrap: true },
          { width: COVER_WIDTHS[1], wrap: true, numberFormat: "@" },
        ],
        merges: ["A1:B1", "A2:B2"],
        styles: [
          { address: "A1", bold: true, fontSize: 14, horizontal: "center" },
          { address: "A2", italic: true, horizontal: "center" },
          { address: rangeA1({ row: 3, column: 0 }, rows.length, 1), bold: true },
          { address: toA1({ row: headingRow, column: 0 }), bold: true },
          ...inputCells.map((address) => ({ address, fill: INPUT_FILL })),
        ],
        validations: [
          {
            address: inputs.person,
            rule: { kind: "textLength", max: 200 },
            prompt: PROMPTS.person,
            error: ERRORS.text,
          },
          { address: inputs.phone, rule: { kind: "textLength", max: 40 }, prompt: PROMPTS.phone, error: ERRORS.text },
          { address: inputs.email, rule: { kind: "textLength", max: 120 }, prompt: PROMPTS.email, error: ERRORS.text },
        ],
        protection: { unlocked: inputCells },
      },
      { documentTitle: templateTitle(context), headerRows: 0 },
    ),
  };
}
