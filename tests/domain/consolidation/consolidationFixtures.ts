import type { Agency } from "../../../src/domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../../../src/domain/catalog/types";
import { consolidateReport } from "../../../src/domain/consolidation/consolidateReport";
import type { SectionReading } from "../../../src/domain/consolidation/returnReadings";
import type { ValidationCode } from "../../../src/domain/validation/validationRules";
import { distributeDuties } from "../../../src/domain/templates/distributeDuties";
import { numberAt, receivedReturn, statusAt, textAt } from "../../helpers/receivedReturns";

/**
 * A small plan (one goal, one target with a number, two tasks) for two agencies, and Sở A's readings: as filled
 * correctly, or with values validation rejected. Sở B sends nothing. For the consolidation's domain and pane tests.
 */

export const a = "kh.a" as AgencyId;
export const b = "kh.b" as AgencyId;
const due = (by: string) => ({
  text: by.slice(0, 4),
  kind: "year" as const,
  from: null,
  to: Number(by.slice(0, 4)),
  by,
});

export const plan = {
  id: "kh",
  title: "Kế hoạch thử",
  province: "Tỉnh",
  issuer: "UBND",
  documentNumber: "1/KH",
  issuedOn: null,
  period: { from: 2021, to: 2030 },
  reporting: { frequency: "annual", agencyDeadline: "11-15", consolidatedDeadline: null, reviews: [] },
  goals: [{ code: "1", title: "Giảm nghèo" }],
  targets: [
    {
      code: "1.1",
      goal: "1",
      text: "Tỷ lệ hộ nghèo dưới 2% năm 2030",
      quantitative: true,
      indicators: [
        {
          label: "Tỷ lệ hộ nghèo",
          unit: "%",
          comparator: "<",
          value: 2,
          valueMax: null,
          year: 2030,
          direction: "decrease",
        },
      ],
      lead: [a],
      partners: [],
    },
  ],
  tasks: [
    {
      id: "1.a",
      goal: "1",
      target: null,
      group: null,
      text: "Xây dựng đề án",
      lead: [a],
      partners: [b],
      due: due("2025-12-31"),
      outputs: [],
    },
    {
      id: "1.b",
      goal: "1",
      target: null,
      group: null,
      text: "Tập huấn",
      lead: [b],
      partners: [],
      due: due("2030-12-31"),
      outputs: [],
    },
  ],
  review: [],
} as unknown as PlanCatalog;

export const directory = new Map<AgencyId, Agency>([
  [a, { id: a, name: "Sở A", shortName: "SA", aliases: [], kind: "department", province: "Tỉnh" } as Agency],
  [b, { id: b, name: "Sở B", shortName: "SB", aliases: [], kind: "department", province: "Tỉnh" } as Agency],
]);

const fromA: SectionReading[] = [
  {
    plan: "kh",
    code: "1.1#1",
    section: "indicators",
    fields: {
      result: numberAt(3, "K4"),
      estimate: numberAt(2.8, "L4"),
      assessment: textAt("Có khả năng đạt mục tiêu", "N4"),
    },
  },
  {
    plan: "kh",
    code: "1.a",
    section: "leadTasks",
    fields: {
      status: statusAt("Đang thực hiện chậm tiến độ", "H4"),
      percent: numberAt(60, "I4"),
      difficulties: textAt('=HYPERLINK("x")', "L4"),
    },
  },
];

/** A value validation rejected: it is taken away, the cell keeps the error's flag and the row needs correction. */
const rejected = (address: string, code: ValidationCode) => ({ value: null, sheet: "S", address, flag: "error" as const, codes: [code] });

/** Sở A's return with its indicator figure and its task status rejected: nothing of either row counts. */
const withErrors: SectionReading[] = [
  {
    plan: "kh",
    code: "1.1#1",
    section: "indicators",
    fields: { result: rejected("K4", "not_a_number"), estimate: rejected("L4", "not_a_number") },
    needsCorrection: true,
  },
  {
    plan: "kh",
    code: "1.a",
    section: "leadTasks",
    fields: { status: rejected("H4", "status_contradicts_progress"), percent: numberAt(50, "I4") },
    needsCorrection: true,
  },
];

export const received = [receivedReturn("so-a.xlsx", a, "2026-11-14", { readings: fromA })];

export function report(
  history = [] as Parameters<typeof consolidateReport>[0]["history"],
  extra: Partial<Parameters<typeof consolidateReport>[0]> = {},
) {
  return consolidateReport({
    plans: [plan],
    year: 2026,
    distribution: distributeDuties([plan], { successions: [], asOf: "2026-10-31" }),
    directory,
    received,
    dueOn: "2026-11-15",
    cutoff: "2026-10-31",
    history,
    ...extra,
  });
}

/** The report of Sở A's return whose indicator figure and task status were rejected. */
export const reportWithErrors = () => report([], { received: [{ ...received[0]!, readings: withErrors }] });
