import type { AgencyResolver } from "../agencyResolver";
import { cleanInlineText } from "../cleanInlineText";
import { sourceRef, type DraftGoal, type DraftPlan, type DraftReview, type DraftTask } from "../draft";
import type { SourceDocument, SourceLine } from "../sourceDocument";
import { splitLeadText } from "../splitLeadText";

/**
 * Family "tsv-appendix" (003, 004): a task table with one tab-separated row per line and
 * columns for the task, lead unit, cooperating units, outputs and deadline. Headers repeat at
 * page breaks (004 also repeats a row of column numbers "1 ⇥ 2 ⇥ … ⇥ 7"); a row with an empty
 * number continues the row the break cut (even mid-name: "Sở Tài" + "chính"). Numbering
 * restarts in every group, so task ids are composite: group + number ("VIII.5.3", "4.2").
 */
type Column = "number" | "text" | "lead" | "partners" | "outputs" | "due" | "note";

interface Header {
  readonly line: number;
  readonly columns: readonly (Column | null)[];
  readonly signatures: ReadonlySet<string>;
}

interface Group {
  readonly code: string;
  readonly title: string;
  readonly line: number;
  readonly parent: string | null;
}

interface Row {
  readonly id: string;
  readonly group: Group | null;
  readonly line: number;
  endLine: number;
  readonly cells: Partial<Record<Column, string>>;
}

const ROMAN_GROUP = /^((?:[IVX]+)(?:\.\d+)?)(?:\s+(.+))?$/u;

function columnOf(name: string): Column | null {
  if (/^(Số TT|STT|TT)$/iu.test(name)) return "number";
  if (/chủ trì/iu.test(name)) return "lead";
  if (/phối hợp/iu.test(name)) return "partners";
  if (/sản phẩm|kết quả/iu.test(name)) return "outputs";
  if (/thời gian|thời hạn|tiến độ/iu.test(name)) return "due";
  if (/ghi chú/iu.test(name)) return "note";
  if (/nội dung|nhiệm vụ|hoạt động/iu.test(name)) return "text";
  return null;
}

function cellsOf(line: SourceLine): string[] {
  return line.text.split("\t").map((cell) => cleanInlineText(cell));
}

function signature(line: SourceLine): string {
  return cellsOf(line).join("|");
}

function findHeader(document: SourceDocument): Header | null {
  const lines = document.lines;
  const index = lines.findIndex((line) => {
    const cells = cellsOf(line);
    return cells.length >= 5 && /^(Số TT|STT)$/iu.test(cells[0]!);
  });
  if (index < 0) return null;
  const first = cellsOf(lines[index]!);
  const signatures = new Set([signature(lines[index]!)]);
  const names = [...first];
  // A second header line fills merged cells ("Đơn vị chủ trì | Đơn vị phối hợp", 004 L428).
  const second = lines[index + 1];
  if (second !== undefined && cellsOf(second)[0] === "" && cellsOf(second).some((cell) => columnOf(cell) !== null)) {
    cellsOf(second).forEach((cell, column) => {
      if (cell !== "") names[column] = cell;
    });
    signatures.add(signature(second));
  }
  const numbering = names.map((_, column) => String(column + 1)).join("|");
  signatures.add(numbering);
  return { line: lines[index]!.number, columns: names.map(columnOf), signatures };
}

function isBold(raw: string): boolean {
  return /^\s*<b>[\s\S]*<\/b>\s*$/iu.test(raw);
}

export function importTsvAppendix(document: SourceDocument, resolver: AgencyResolver): DraftPlan | null {
  const header = findHeader(document);
  if (header === null) return null;
  const review: DraftReview[] = [];
  const groups: Group[] = [];
  const rows: Row[] = [];
  let group: Group | null = null;
  let topGroup: Group | null = null;
  let pageBreaks = 0;

  for (const line of document.lines.slice(header.line)) {
    if (!line.text.includes("\t")) continue;
    const raw = line.text.split("\t");
    const cells = raw.map((cell) => cleanInlineText(cell));
    if (cells.every((cell) => cell === "")) continue;
    // Header copies (some wrapped in <b>), sub-headers and the numbering row are dropped.
    if (header.signatures.has(cells.join("|")) || /^(Số TT|STT)$/iu.test(cells[0]!)) {
      pageBreaks += 1;
      continue;
    }
    const byColumn: Partial<Record<Column, string>> = {};
    const rawByColumn: Partial<Record<Column, string>> = {};
    header.columns.forEach((column, index) => {
      if (column === null) return;
      byColumn[column] = cells[index] ?? "";
      rawByColumn[column] = raw[index] ?? "";
    });
    const number = byColumn.number ?? "";
    const rest = cells.slice(1).filter((cell) => cell !== "");

    const roman = ROMAN_GROUP.exec(number);
    if (roman !== null && (roman[2] !== undefined || rest.length <= 1)) {
      const code = roman[1]!;
      const title = (roman[2] ?? byColumn.text ?? "").trim();
      const parent = code.includes(".") ? code.split(".")[0]! : null;
      group = { code, title, line: line.number, parent };
      if (parent === null) topGroup = group;
      groups.push(group);
      continue;
    }
    if (/^\d{1,3}$/u.test(number) && isBold(rawByColumn.text ?? "")) {
      group = { code: number, title: byColumn.text ?? "", line: line.number, parent: null };
      topGroup = group;
      groups.push(group);
      // 003 L315: group 1 is both a heading and an assignment.
      if ((byColumn.lead ?? "") !== "") rows.push({ id: number, group, line: line.number, endLine: line.number, cells: { ...byColumn, text: byColumn.text } });
      continue;
    }
    if (number === "") {
      const previous = rows[rows.length - 1];
      if (previous === undefined) continue;
      for (const [column, value] of Object.entries(byColumn) as [Column, string][]) {
        if (value === "" || column === "number") continue;
        const before = previous.cells[column] ?? "";
        previous.cells[column] = before === "" ? value : `${before} ${value}`;
      }
      previous.endLine = line.number;
      continue;
    }
    if (/^\d{1,3}$/u.test(number)) {
      const id = group === null ? number : `${group.code}.${number}`;
      if (rows.some((row) => row.id === id)) {
        review.push({
          code: "duplicate_unit",
          subject: { kind: "task", id },
          params: { unit: id },
          source: sourceRef(line.number, cells.join(" | ")),
          candidates: [],
        });
      }
      rows.push({ id, group, line: line.number, endLine: line.number, cells: { ...byColumn } });
      continue;
    }
    review.push({
      code: "row_unrecognised",
      subject: { kind: "plan", id: null },
      params: {},
      source: sourceRef(line.number, cells.join(" | ")),
      candidates: [],
    });
  }
  void topGroup;

  const goals: DraftGoal[] = groups
    .filter((candidate) => candidate.parent === null)
    .map((candidate) => ({ code: candidate.code, title: candidate.title, source: sourceRef(candidate.line, candidate.title) }));
  const tasks: DraftTask[] = rows.map((row) => {
    const text = row.cells.text ?? "";
    const leadText = row.cells.lead ?? "";
    const goalCode = row.group === null ? null : (row.group.parent ?? row.group.code);
    const source = sourceRef(row.line, text === "" ? row.id : text, row.endLine);
    return {
      id: row.id,
      goal: goalCode,
      target: null,
      group: row.group === null ? null : `${row.group.code} ${row.group.title}`.trim(),
      text,
      leadNames: splitLeadText(leadText, resolver).map((name) => ({ name: name.name, scope: name.scope, source })),
      partnersText: (row.cells.partners ?? "") === "" ? null : row.cells.partners!,
      partnersSource: (row.cells.partners ?? "") === "" ? null : source,
      dueText: (row.cells.due ?? "") === "" ? null : row.cells.due!,
      outputsText: (row.cells.outputs ?? "") === "" ? null : row.cells.outputs!,
      source,
      placement: "position",
    };
  });
  for (const task of tasks.filter((candidate) => candidate.leadNames.length === 0)) {
    review.push({
      code: "missing_lead",
      subject: { kind: "task", id: task.id },
      params: { unit: task.id },
      source: task.source,
      candidates: [],
    });
  }
  return {
    goals,
    targets: [],
    tasks,
    review,
    statedTargetCounts: null,
    statedTotalTargets: null,
    stats: { appendixStartLine: header.line, pageBreaks, groups: groups.length },
  };
}
