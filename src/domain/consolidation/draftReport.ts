import type { PlanCatalog } from "../catalog/types";
import { formatDateVi, formatNumberVi, formatQuantityVi } from "../text/vietnameseFormat";
import type { ConsolidatedTables, IndicatorLine, TaskLine } from "./consolidateTables";
import { OTHER_GOAL_TITLE } from "./consolidationText";
import { progressBasisText } from "./progressBasisText";
import { SUMMARY_GROUP_LABELS } from "./progressMessages";
import { lineGroup } from "./progressColumn";
import { SUMMARY_GROUPS, type SummaryGroup } from "./progressStatus";
import type { SubmissionRegister } from "./submissionRegister";
import { goalLines, linesByGoal, OTHER, type GoalIndex, type Summaries } from "./summaries";

/**
 * The draft of the province's report, paragraph by paragraph, following the plans' structure: who reported, then for
 * each goal what is achieved, on track, at risk, off track and not reported, with the numbers, and the main
 * difficulties and proposals quoted from the returns. The officer pastes and edits it.
 */

export interface DraftInput {
  readonly plans: readonly PlanCatalog[];
  readonly year: number;
  readonly register: SubmissionRegister;
  readonly tables: ConsolidatedTables;
  readonly summaries: Summaries;
}

/** Quotes per goal and kind: the report cites the main ones, the tables hold all. */
const QUOTES_PER_GOAL = 3;
const QUOTE_LENGTH = 300;
const ITEM_TEXT_LENGTH = 70;

export function draftReport(input: DraftInput): string[] {
  const index = linesByGoal(input.plans, input.tables);
  const titles = input.plans.map((plan) => plan.title).join("; ");
  return [
    `BÁO CÁO TÌNH HÌNH THỰC HIỆN ${titles.toLocaleUpperCase("vi")} NĂM ${input.year} (DỰ THẢO)`,
    "I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN",
    ...submissionParagraphs(input.register),
    "II. KẾT QUẢ THỰC HIỆN",
    ...input.plans.flatMap((plan) => planParagraphs(plan, input, index)),
  ];
}

function submissionParagraphs(register: SubmissionRegister): string[] {
  const count = (...states: string[]) => register.entries.filter((entry) => states.includes(entry.state)).length;
  const merged = count("on_time", "late", "received");
  const missing = register.entries.filter((entry) => entry.state === "missing").map((entry) => entry.name);
  const notMerged = register.entries.filter((entry) => entry.state === "not_merged").map((entry) => entry.name);
  const due = register.dueOn ? ` (hạn ${formatDateVi(register.dueOn)})` : "";
  const lines = [
    `${register.entries.length} cơ quan có phần việc phải báo cáo; ${merged} cơ quan đã gửi báo cáo được tổng hợp, trong đó ${count("on_time")} đúng hạn${due}, ${count("late")} muộn hạn.`,
  ];
  if (notMerged.length > 0)
    lines.push(
      `${notMerged.length} cơ quan đã gửi nhưng báo cáo có lỗi cấu trúc, chưa tổng hợp: ${notMerged.join("; ")}.`,
    );
  lines.push(
    missing.length > 0
      ? `${missing.length} cơ quan chưa gửi báo cáo: ${missing.join("; ")}.`
      : "Tất cả các cơ quan đã gửi báo cáo.",
  );
  return lines;
}

function planParagraphs(plan: PlanCatalog, input: DraftInput, index: GoalIndex): string[] {
  const heading = `${plan.title}${plan.documentNumber ? ` (${plan.documentNumber})` : ""}`;
  const goals = input.summaries.byGoal.filter((summary) => summary.plan === plan.id);
  return [
    ...(input.plans.length > 1 ? [heading] : []),
    ...goals.flatMap((summary) => {
      const { indicators, tasks } = goalLines(index, plan.id, summary.goal);
      const title = summary.goal === OTHER ? OTHER_GOAL_TITLE : `Mục tiêu ${summary.goal}. ${summary.title}`;
      return [
        title,
        countsLine(summary.byGroup, indicators.length, tasks.length),
        ...statusLines(indicators, tasks),
        ...quoteLines("Khó khăn, vướng mắc chủ yếu", tasks, (line) => line.difficulties),
        ...quoteLines("Đề xuất, kiến nghị", tasks, (line) => line.proposals),
      ];
    }),
  ];
}

function countsLine(byGroup: Readonly<Record<SummaryGroup, number>>, indicators: number, tasks: number): string {
  const parts = SUMMARY_GROUPS.filter((group) => byGroup[group] > 0).map(
    (group) => `${byGroup[group]} ${SUMMARY_GROUP_LABELS[group].vi.toLocaleLowerCase("vi")}`,
  );
  const what = [indicators > 0 ? `${indicators} chỉ tiêu` : null, tasks > 0 ? `${tasks} phần việc chủ trì` : null]
    .filter(Boolean)
    .join(" và ");
  return `Tổng số ${what}: ${parts.join(", ")}.`;
}

/**
 * For each group that occurs: a line naming its tasks (a task several leads share once, with all of them), then one
 * line per indicator with the numbers behind its status.
 */
function statusLines(indicators: readonly IndicatorLine[], tasks: readonly TaskLine[]): string[] {
  return SUMMARY_GROUPS.flatMap((group) => {
    const inGroup = indicators.filter((line) => lineGroup(line.progress.status, line.needsCorrection) === group);
    const taskItems = grouped(
      tasks.filter((line) => lineGroup(line.progress, line.needsCorrection) === group),
      (line) => line.task.id,
    ).map(
      (lines) =>
        `${lines[0]!.task.id} – ${clip(lines[0]!.task.text, ITEM_TEXT_LENGTH)} (${lines.map((line) => `${line.agencyName}${percentText(line)}`).join("; ")})`,
    );
    if (inGroup.length === 0 && taskItems.length === 0) return [];
    const label = SUMMARY_GROUP_LABELS[group].vi;
    return [
      taskItems.length > 0 ? `- ${label}: ${taskItems.join("; ")}.` : `- ${label}:`,
      ...inGroup.map(
        (line) =>
          `  + Chỉ tiêu ${line.target.code} – ${clip(line.indicatorLabel ?? line.target.text, ITEM_TEXT_LENGTH)} (${line.agencyName}): ${numbersText(line)}`,
      ),
    ];
  });
}

/** The numbers behind an indicator's status (describeProgress), its tasks' counts, or the value reported. */
function numbersText(line: IndicatorLine): string {
  const basis = progressBasisText(line);
  if (basis !== null) return basis;
  const value = valueText(line);
  return value ? `${value}.` : "chưa có số liệu.";
}

/** Lines with the same key together, in the order of their first line. */
function grouped<T>(lines: readonly T[], key: (line: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const line of lines) {
    const name = key(line);
    const group = groups.get(name);
    if (group) group.push(line);
    else groups.set(name, [line]);
  }
  return [...groups.values()];
}

function valueText(line: IndicatorLine): string {
  const value = line.estimate ?? line.result;
  if (value === null) return "";
  return formatQuantityVi(value, line.unit);
}

function percentText(line: TaskLine): string {
  return line.percent === null ? "" : `, ${formatNumberVi(line.percent)}%`;
}

/** The first quotes of a kind, each text once with every agency that wrote it. */
function quoteLines(heading: string, tasks: readonly TaskLine[], pick: (line: TaskLine) => string | null): string[] {
  const said: { line: TaskLine; text: string }[] = [];
  for (const line of tasks) {
    const picked = pick(line);
    const text = picked ? squash(picked) : "";
    if (text) said.push({ line, text });
  }
  // Only the first few are quoted: the others are grouped (their agencies join the first ones') but not written.
  const quotes = grouped(said, ({ line, text }) => `${line.task.id}\u0000${text}`)
    .slice(0, QUOTES_PER_GOAL)
    .map((group) => {
      const { line, text } = group[0]!;
      return `  + ${group.map((entry) => entry.line.agencyName).join("; ")} (nhiệm vụ ${line.task.id}): “${clip(text, QUOTE_LENGTH)}”`;
    });
  if (quotes.length === 0) return [];
  return [`- ${heading}:`, ...quotes];
}

function clip(text: string, length: number): string {
  const clean = squash(text);
  return clean.length <= length ? clean : `${clean.slice(0, length - 1).trimEnd()}…`;
}

/** White space other than single spaces between words: what squash changes. */
const LOOSE_SPACE = /[^\S ]|\s{2}|^\s|\s$/;

/** Runs of white space as one space, none at the ends; a text already so is returned as it is, without copying. */
function squash(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}
