import type { AgencyResolver } from "../agencyResolver";
import { cleanInlineText } from "../cleanInlineText";
import {
  sourceRef,
  type DraftGoal,
  type DraftPlan,
  type DraftReview,
  type DraftStatement,
  type DraftTarget,
  type DraftTask,
} from "../draft";
import { isTruncatedBullet } from "../isTruncatedBullet";
import { compareGoalTitles } from "../compareGoalTitles";
import { readBodyGoalList } from "../readBodyGoalList";
import { readValueStatements } from "../readValueStatements";
import type { SourceDocument } from "../sourceDocument";
import { splitLeadText } from "../splitLeadText";

/**
 * Family "paragraph-cells" (002): a three-column table (Nhiệm vụ | Phân công trách nhiệm |
 * Nội dung thực hiện) flattened to one paragraph per line, with no marker between columns.
 * "Chủ trì:" and "Phối hợp:" are the only anchors. Between one row's "Phối hợp" and the next
 * row's "Chủ trì", a paragraph may end the first row (column 3) or start the next (column 1):
 * the split is made by a stated rule and recorded for review.
 */
interface Para {
  readonly line: number;
  readonly text: string;
}

interface Row {
  readonly lead: Para;
  partners: Para | null;
  readonly col1: Para[];
  readonly col3: Para[];
}

interface Sub {
  readonly letter: string;
  readonly text: string;
  readonly line: number;
}

interface Unit {
  readonly id: string;
  readonly goal: string;
  readonly target: string | null;
  readonly title: string | null;
  readonly line: number;
  readonly rows: Row[];
  pending: Para[];
}

const GOAL = /^(?:Mục tiêu|Nhiệm vụ)(?:\s+số)?\s+(\d{1,2})\s*[:.]?\s*(.*)$/u;
const TARGET = /^(?:Mục tiêu|Nhiệm vụ)(?:\s+số)?\s+(\d{1,2})\.(\d{1,2})(?:\.?\s?([a-d]))?(?![\d])\s*[:.]?\s*(.*)$/u;
const LEAD = /^(?:[-*•]\s*)?(?:Cơ quan\s+)?chủ trì\s*:\s*(.*)$/iu;
const PARTNERS = /^(?:[-*•]\s*)?(?:Cơ quan\s+)?phối hợp\s*:\s*(.*)$/iu;
const LABEL = /^([a-d])\s*[.)]\s*(.*)$/u;
const BULLET = /^(?:[-–+*•]|\(\d+\)|\d+\.\s)/u;
const FOOTER = /^HIỆU LỰC VĂN BẢN$/u;

function appendixParagraphs(document: SourceDocument): { start: number; paras: Para[] } | null {
  const annex = document.lines.find((line) => /^PHỤ LỤC\b/u.test(cleanInlineText(line.text)));
  if (annex === undefined) return null;
  const paras: Para[] = [];
  for (const line of document.lines.slice(annex.number)) {
    const text = cleanInlineText(line.text);
    if (FOOTER.test(text)) break;
    if (text !== "") paras.push({ line: line.number, text });
  }
  const first = paras.findIndex((para) => TARGET.test(para.text) || GOAL.test(para.text));
  if (first < 0) return null;
  return { start: paras[first]!.line, paras: paras.slice(first) };
}

export function importParagraphCells(document: SourceDocument, resolver: AgencyResolver): DraftPlan | null {
  const appendix = appendixParagraphs(document);
  if (appendix === null) return null;
  const review: DraftReview[] = [];
  const goals: DraftGoal[] = [];
  const targets = new Map<string, { code: string; goal: string; text: string; line: number; subs: Sub[] }>();
  const units: Unit[] = [];
  let goal: string | null = null;
  let target: string | null = null;
  let unit: Unit | null = null;

  const closeUnit = () => {
    if (unit === null) return;
    const last = unit.rows[unit.rows.length - 1];
    if (last !== undefined) last.col3.push(...unit.pending);
    if (last !== undefined) unit.pending = [];
  };
  const openUnit = (id: string, line: number, targetCode: string | null, title: string | null): Unit => {
    closeUnit();
    const created: Unit = { id, goal: goal ?? "", target: targetCode, title, line, rows: [], pending: [] };
    units.push(created);
    return created;
  };
  const ensureTarget = (code: string, line: number) => {
    if (!targets.has(code)) targets.set(code, { code, goal: goal ?? code.split(".")[0]!, text: "", line, subs: [] });
  };

  for (const para of appendix.paras) {
    const targetMatch = TARGET.exec(para.text);
    if (targetMatch) {
      const code = `${targetMatch[1]}.${targetMatch[2]}`;
      goal = targetMatch[1]!;
      const letter = targetMatch[3] ?? null;
      const text = targetMatch[4]!.trim();
      if (letter === null) {
        ensureTarget(code, para.line);
        const existing = targets.get(code)!;
        if (existing.text === "") targets.set(code, { ...existing, text, line: para.line });
        target = code;
        unit = openUnit(code, para.line, code, null);
      } else {
        ensureTarget(code, para.line);
        targets.get(code)!.subs.push({ letter, text, line: para.line });
        target = code;
        dropEmptyBase(units, code);
        unit = openUnit(`${code}.${letter}`, para.line, code, text === "" ? null : text);
      }
      continue;
    }
    const goalMatch = GOAL.exec(para.text);
    if (goalMatch && !/^\d/.test(goalMatch[2]!)) {
      closeUnit();
      goal = goalMatch[1]!;
      target = null;
      unit = null;
      goals.push({ code: goal, title: goalMatch[2]!.trim(), source: sourceRef(para.line, para.text) });
      continue;
    }
    const lead = LEAD.exec(para.text);
    if (lead) {
      if (unit === null) {
        if (goal === null) continue;
        unit = openUnit(goal, para.line, null, null);
      }
      const row: Row = { lead: { line: para.line, text: lead[1]!.trim() }, partners: null, col1: [], col3: [] };
      const previous = unit.rows[unit.rows.length - 1];
      if (previous === undefined) row.col1.push(...unit.pending);
      else if (unit.pending.length > 0) {
        const split = splitBetweenRows(unit.pending, previous.col1.length + previous.col3.length === 0);
        previous.col3.push(...split.before);
        row.col1.push(...split.after);
        review.push({
          code: "row_boundary_ambiguous",
          subject: { kind: "task", id: `${unit.id}.${unit.rows.length + 1}` },
          params: { unit: unit.id, fromLine: unit.pending[0]!.line, toLine: unit.pending[unit.pending.length - 1]!.line },
          source: sourceRef(unit.pending[0]!.line, unit.pending.map((p) => p.text).join(" "), unit.pending[unit.pending.length - 1]!.line),
          candidates: [`${unit.id}.${unit.rows.length}`, `${unit.id}.${unit.rows.length + 1}`],
        });
      }
      unit.pending = [];
      unit.rows.push(row);
      continue;
    }
    const partners = PARTNERS.exec(para.text);
    if (partners && unit !== null && unit.rows.length > 0 && unit.rows[unit.rows.length - 1]!.partners === null && unit.pending.length === 0) {
      unit.rows[unit.rows.length - 1]!.partners = { line: para.line, text: partners[1]!.trim() };
      continue;
    }
    const label = LABEL.exec(para.text);
    if (label && target !== null && !BULLET.test(para.text)) {
      dropEmptyBase(units, target);
      targets.get(target)!.subs.push({ letter: label[1]!, text: label[2]!.trim(), line: para.line });
      unit = openUnit(`${target}.${label[1]}`, para.line, target, label[2]!.trim() || null);
      continue;
    }
    if (unit === null) {
      if (goal === null) continue;
      unit = openUnit(goal, para.line, null, null);
    }
    unit.pending.push(para);
  }
  closeUnit();

  const draftTargets: DraftTarget[] = [...targets.values()].map((target) => {
    const text = target.text !== "" ? target.text : target.subs.map((sub) => `${sub.letter}) ${sub.text}`.trim()).join(" ");
    return { code: target.code, goal: target.goal, text, source: sourceRef(target.line, text), statements: statementsOf(target, units) };
  });
  for (const target of draftTargets.filter((candidate) => candidate.text === "")) {
    const first = units.find((candidate) => candidate.target === target.code);
    const statement = first?.rows[0]?.col1.map((para) => para.text).join(" ") ?? "";
    Object.assign(target, { text: statement });
  }

  const tasks: DraftTask[] = [];
  units.forEach((built, position) => {
    if (built.rows.length === 0) {
      const text = built.pending.map((para) => para.text).join(" ");
      tasks.push(taskOf(built.id, built, text, null, resolver));
      // 002 L312–316: 2.4 has no row of its own; 2.5's block follows both headings (a merged cell).
      const next = units[position + 1];
      const shared = next !== undefined && next.rows[0] !== undefined && next.rows[0].col1.length === 0 ? next : null;
      review.push({
        code: "missing_lead",
        subject: { kind: "task", id: built.id },
        params: { unit: built.id, sharedWith: shared?.id ?? null },
        source: sourceRef(built.line, built.title ?? targets.get(built.target ?? "")?.text ?? built.id),
        candidates: shared === null ? [] : [shared.rows.length === 1 ? shared.id : `${shared.id}.1`],
      });
      return;
    }
    built.rows.forEach((row, index) => {
      const id = built.rows.length === 1 ? built.id : `${built.id}.${index + 1}`;
      const paragraphs = [...row.col1, ...row.col3];
      const text = paragraphs.map((para) => para.text).join(" ");
      tasks.push(taskOf(id, built, text, row, resolver));
      if (text === "") {
        // 002 L452–458: "Nhiệm vụ 3.8.b" has its assignment, and its content cell holds only a NBSP.
        review.push({
          code: "task_without_text",
          subject: { kind: "task", id },
          params: { unit: id },
          source: sourceRef(built.line, built.title ?? id),
          candidates: [],
        });
      }
      // A short bullet cut mid-sentence, with another bullet after it.
      const cut = paragraphs.filter((candidate, at) => isTruncatedBullet(candidate.text) && /^[-–+•]/u.test(paragraphs[at + 1]?.text ?? ""));
      for (const para of cut) {
        review.push({
          code: "text_truncated",
          subject: { kind: "task", id },
          params: { unit: id, text: para.text },
          source: sourceRef(para.line, para.text),
          candidates: [],
        });
      }
    });
  });
  // Review ids were given before we knew whether a unit has one row or several.
  const ids = new Set(tasks.map((task) => task.id));
  const fixedReview = review.map((item) =>
    item.subject.id !== null && !ids.has(item.subject.id)
      ? { ...item, subject: { ...item.subject, id: item.subject.id.replace(/\.\d+$/, "") } }
      : item,
  );

  const bodyGoals = readBodyGoalList(document, appendix.start);
  return {
    goals: goals.map((goal) => bodyGoals.find((body) => body.code === goal.code) ?? goal),
    targets: draftTargets,
    tasks,
    review: [...fixedReview, ...compareGoalTitles(bodyGoals, goals)],
    statedTargetCounts: null,
    statedTotalTargets: null,
    stats: { appendixStartLine: appendix.start, assignmentRows: tasks.filter((task) => task.leadNames.length > 0).length },
  };
}

/**
 * Where a target states its values: its heading, each lettered sub-point (read apart, so 6.3b does
 * not inherit 6.3.a's "Đến năm 2030") and the dated statements of the "Nhiệm vụ" column of its rows.
 * When that column names the province ("Tỉnh Quảng Ninh:"), the heading's values are the country's.
 */
function statementsOf(target: { code: string; text: string; line: number; subs: readonly Sub[] }, units: readonly Unit[]): DraftStatement[] {
  const fromColumn: DraftStatement[] = [];
  let provinceLine: number | null = null;
  for (const unit of units.filter((candidate) => candidate.target === target.code)) {
    for (const row of unit.rows) {
      const read = readValueStatements(row.col1);
      fromColumn.push(...read.statements);
      provinceLine ??= read.provinceLine;
    }
  }
  const heading: DraftStatement[] =
    target.text === "" ? [] : [{ text: target.text, line: target.line, year: null, ...(provinceLine !== null ? { national: true } : {}) }];
  const subs = target.subs.filter((sub) => sub.text !== "").map((sub) => ({ text: sub.text, line: sub.line, year: null }));
  return [...heading, ...subs, ...fromColumn];
}

function dropEmptyBase(units: Unit[], code: string) {
  const base = units.find((unit) => unit.id === code);
  if (base !== undefined && base.rows.length === 0 && base.pending.length === 0) units.splice(units.indexOf(base), 1);
}

/** Trailing paragraphs without a bullet start the next row (column 1); the rest end the previous row. */
function splitBetweenRows(pending: readonly Para[], previousEmpty: boolean): { before: Para[]; after: Para[] } {
  if (previousEmpty && pending.length === 1) return { before: [...pending], after: [] };
  let cut = pending.length;
  while (cut > 0 && !BULLET.test(pending[cut - 1]!.text)) cut -= 1;
  if (cut === 0) cut = Math.max(0, pending.length - 1);
  if (cut === pending.length) cut = pending.length - 1;
  cut = startOfList(pending, cut);
  if (previousEmpty && cut === 0) cut = 1;
  return { before: pending.slice(0, cut), after: pending.slice(cut) };
}

/**
 * Sibling sub-bullets of one list stay together (002 L868–872: "Lập kế hoạch …:" with its two "+" items, cut
 * before the second one): a cut inside a run of "+" items moves back to the run's start, and before the line
 * that heads it ("…:" or a "-" item, L880). Runs of "-" items are not joined: the task column of the row
 * before often ends in one, and the next row's text starts another.
 */
function startOfList(pending: readonly Para[], cut: number): number {
  const sub = (index: number): boolean => /^\+/u.test(pending[index]?.text ?? "");
  if (cut === 0 || !sub(cut) || !sub(cut - 1)) return cut;
  let start = cut - 1;
  while (start > 0 && sub(start - 1)) start -= 1;
  const head = pending[start - 1];
  return head !== undefined && /(?::|^[-–].*)$/u.test(head.text) ? start - 1 : start;
}

function taskOf(id: string, unit: Unit, text: string, row: Row | null, resolver: AgencyResolver): DraftTask {
  const lead = row?.lead ?? null;
  const partners = row?.partners ?? null;
  const first = row?.col1[0] ?? row?.lead ?? { line: unit.line, text: unit.title ?? unit.id };
  const lastLine = [...(row?.col3 ?? []), ...(row?.col1 ?? [])].reduce((max, para) => Math.max(max, para.line), first.line);
  return {
    id,
    goal: unit.goal === "" ? null : unit.goal,
    target: unit.target,
    group: unit.title,
    text,
    leadNames: lead
      ? splitLeadText(lead.text, resolver).map((name) => ({ name: name.name, scope: name.scope, source: sourceRef(lead.line, lead.text) }))
      : [],
    partnersText: partners?.text ?? null,
    partnersSource: partners ? sourceRef(partners.line, partners.text) : null,
    dueText: null,
    outputsText: null,
    source: sourceRef(first.line, text === "" ? id : text, lastLine),
    placement: row ? "position" : null,
  };
}
