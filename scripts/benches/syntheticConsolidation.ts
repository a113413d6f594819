import type { Agency } from "../../src/domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../../src/domain/catalog/types";
import type { HistoryRow } from "../../src/domain/consolidation/history";
import type { SectionReading } from "../../src/domain/consolidation/returnReadings";
import type { ReceivedReturn } from "../../src/domain/consolidation/submissions";
import { STATUSES } from "../../src/domain/templates/templateText";

/**
 * A province's plan and its agencies' returns, made up in memory at any size: each agency holds `rows` rows, a quarter
 * indicators it leads, half tasks it leads, a quarter tasks it supports. Every tenth target has no number and is
 * judged by its tasks; the others are levels, period averages or totals, so every branch of the method runs.
 */

export interface SyntheticProvince {
  readonly plan: PlanCatalog;
  readonly agencies: readonly Agency[];
  readonly received: readonly ReceivedReturn[];
  /** Last year's values of the indicators, as last year's data sheet would hold them. */
  readonly history: readonly HistoryRow[];
}

const GOALS = 17;
const YEAR = 2026;

export function syntheticProvince(province: number, agencyCount: number, rows: number): SyntheticProvince {
  const slug = `p${String(province).padStart(2, "0")}`;
  const planId = `${slug}-kh-2021`;
  const agencies: Agency[] = Array.from({ length: agencyCount }, (_, index) => ({
    id: `${slug}.a${index}` as AgencyId,
    name: `Sở số ${index + 1} tỉnh ${province + 1}`,
    shortName: `S${index + 1}`,
    aliases: [],
    kind: "department",
    province: slug,
  }));
  const perAgency = { indicators: Math.round(rows / 4), lead: Math.round(rows / 2), partner: rows - Math.round(rows / 4) - Math.round(rows / 2) };
  const targets = [];
  const tasks = [];
  for (const [a, agency] of agencies.entries()) {
    for (let j = 0; j < perAgency.indicators; j++) {
      const goal = String((j % GOALS) + 1);
      targets.push({
        code: `${goal}.${a}-${j}`,
        goal,
        text: `Chỉ tiêu ${j} của ${agency.shortName}`,
        quantitative: j % 10 !== 0,
        indicators: j % 10 === 0 ? [] : [indicatorOf(j)],
        lead: [agency.id],
        partners: [],
      });
    }
    const partner = agencies[(a + 1) % agencies.length]!.id;
    for (let k = 0; k < perAgency.lead; k++) {
      const goal = String((k % GOALS) + 1);
      const to = 2025 + (k % 6);
      tasks.push({
        id: `NV${a}.${k}`,
        goal,
        target: `${goal}.${a}-${(k * 10) % perAgency.indicators}`,
        group: null,
        text: `Nhiệm vụ ${k} của ${agency.shortName}`,
        lead: [agency.id],
        partners: k < perAgency.partner ? [partner] : [],
        due: { text: String(to), kind: "year", from: null, to, by: `${to}-12-31` },
        outputs: [],
      });
    }
  }
  const plan = {
    id: planId,
    title: `Kế hoạch thực hiện tỉnh ${province + 1}`,
    province: slug,
    issuer: "UBND tỉnh",
    documentNumber: `${province + 1}/KH-UBND`,
    issuedOn: "2021-06-01",
    period: { from: 2021, to: 2030 },
    reporting: { frequency: "annual", agencyDeadline: "11-15", consolidatedDeadline: "12-15", reviews: [] },
    goals: Array.from({ length: GOALS }, (_, g) => ({ code: String(g + 1), title: `Mục tiêu ${g + 1}` })),
    targets,
    tasks,
    review: [],
  } as unknown as PlanCatalog;
  return { plan, agencies, received: returnsOf(plan, agencies), history: historyOf(plan) };
}

/** Levels to reach by 2030, yearly growth averaged over the period, and totals over it, in turn. */
function indicatorOf(j: number) {
  const base = { label: `Chỉ tiêu ${j}`, comparator: ">=", valueMax: null, year: 2030, direction: "increase" };
  switch (j % 3) {
    case 0:
      return { ...base, unit: "%", value: 60 + (j % 40) };
    case 1:
      return { ...base, label: `Tốc độ tăng trưởng ${j}`, unit: "%/năm", value: 8, annual: true };
    default:
      return { ...base, unit: "tỷ đồng", value: 5000 + j, period: { from: 2021, to: 2030 } };
  }
}

const at = (row: number, column: string) => ({ sheet: "Biểu", address: `${column}${row}` });
const number = (value: number, row: number, column: string) => ({ value: { kind: "number" as const, value }, ...at(row, column) });
const text = (value: string, row: number, column: string) => ({ value: { kind: "text" as const, text: value }, ...at(row, column) });
const status = (label: string, row: number, column: string) => ({ value: { kind: "status" as const, option: { label } }, ...at(row, column) });

/** One return per agency, on time, answering every row it holds, as validation would have read it. */
function returnsOf(plan: PlanCatalog, agencies: readonly Agency[]): ReceivedReturn[] {
  const readings = new Map<string, SectionReading[]>(agencies.map((agency) => [agency.id, []]));
  plan.targets.forEach((target, index) => {
    const row = index + 4;
    readings.get(target.lead[0]!)!.push({
      plan: plan.id,
      code: `${target.code}#${target.indicators.length > 0 ? 1 : 0}`,
      section: "indicators",
      fields: {
        result: number(40 + (index % 50), row, "K"),
        estimate: number(45 + (index % 50), row, "L"),
        assessment: text("Có khả năng đạt mục tiêu", row, "N"),
      },
    });
  });
  plan.tasks.forEach((task, index) => {
    const row = index + 4;
    readings.get(task.lead[0]!)!.push({
      plan: plan.id,
      code: task.id,
      section: "leadTasks",
      fields: {
        status: status(STATUSES[index % STATUSES.length]!, row, "H"),
        percent: number(index % 101, row, "I"),
        difficulties: text(index % 7 === 0 ? "=Thiếu kinh phí" : "Thiếu kinh phí thực hiện", row, "L"),
        proposals: text("Đề nghị bố trí kinh phí", row, "M"),
      },
    });
    for (const partner of task.partners)
      readings.get(partner)!.push({
        plan: plan.id,
        code: task.id,
        section: "partnerTasks",
        fields: { status: status(STATUSES[2]!, row, "H"), contribution: text("Đã phối hợp", row, "I") },
      });
  });
  return agencies.map((agency) => ({
    file: `${agency.id}.xlsx`,
    agency: agency.id,
    year: YEAR,
    plans: [plan.id],
    submittedOn: `${YEAR}-11-10`,
    issues: [],
    readings: readings.get(agency.id)!,
  }));
}

function historyOf(plan: PlanCatalog): HistoryRow[] {
  return plan.targets.flatMap((target, index) =>
    target.indicators.length === 0
      ? []
      : [{ plan: plan.id, code: `${target.code}#1`, indicator: target.text, agency: target.lead[0]!, year: YEAR - 1, value: 35 + (index % 50), source: "" }],
  );
}
