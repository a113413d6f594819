import type { Agency } from "../../src/domain/catalog/agency";
import type { AgencyId, Goal, GoalCode, PlanCatalog, PlanId, Target, TargetCode, Task, TaskId } from "../../src/domain/catalog/types";

export const agencyId = (id: string) => id as AgencyId;

export function makeAgency(id: string, name: string, shortName = name, kind: Agency["kind"] = "department"): Agency {
  return { id: agencyId(id), name, shortName, aliases: [], kind, province: "thanhhoa" };
}

export const AGENCIES: readonly Agency[] = [
  makeAgency("thanhhoa.skhdt", "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
  makeAgency("thanhhoa.syt", "Sở Y tế", "SYT"),
  makeAgency("thanhhoa.sldtbxh", "Sở Lao động, Thương binh và Xã hội", "Sở LĐTBXH"),
  makeAgency("thanhhoa.ubnd-huyen", "UBND các huyện, thị xã, thành phố", "UBND cấp huyện", "group"),
];

export function makeGoal(code: string, title = `Mục tiêu ${code}`): Goal {
  return { code: code as GoalCode, title };
}

export function makeTarget(code: string, overrides: Partial<Target> = {}): Target {
  return {
    code: code as TargetCode,
    goal: code.split(".")[0] as GoalCode,
    text: `Chỉ tiêu ${code}`,
    quantitative: false,
    indicators: [],
    lead: [agencyId("thanhhoa.skhdt")],
    partners: [],
    source: { line: 100, quote: `Mục tiêu ${code}` },
    ...overrides,
  };
}

export function makeTask(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id: id as TaskId,
    goal: id.split(".")[0] as GoalCode,
    target: id.split(".").slice(0, 2).join(".") as TargetCode,
    group: null,
    text: `Nhiệm vụ ${id}`,
    lead: [agencyId("thanhhoa.skhdt")],
    partners: [],
    due: { text: null, kind: "unspecified", from: null, to: null, by: null },
    outputs: [],
    source: { line: 300, quote: id },
    ...overrides,
  };
}

export function makeCatalog(overrides: Partial<PlanCatalog> = {}): PlanCatalog {
  return {
    id: "test-plan" as PlanId,
    title: "Kế hoạch thử nghiệm",
    province: "Thanh Hóa",
    issuer: "UBND tỉnh Thanh Hóa",
    documentNumber: "3934/QĐ-UBND",
    issuedOn: "2017-10-17",
    period: { from: 2017, to: 2030 },
    reporting: { frequency: "annual", agencyDeadline: "11-15", consolidatedDeadline: null, reviews: [2020, 2025] },
    goals: [makeGoal("1", "Chấm dứt nghèo"), makeGoal("3", "Sức khỏe")],
    targets: [
      makeTarget("1.1", {
        text: "Tỷ lệ hộ nghèo giảm bình quân 1,5-2%/năm; dưới 5% năm 2030",
        quantitative: true,
        indicators: [
          { label: "Tỷ lệ hộ nghèo giảm", unit: "%/năm", comparator: "between", value: 1.5, valueMax: 2, year: null, direction: "decrease" },
          { label: "Tỷ lệ hộ nghèo", unit: "%", comparator: "<", value: 5, valueMax: null, year: 2030, direction: "decrease" },
        ],
        lead: [agencyId("thanhhoa.sldtbxh")],
        partners: [agencyId("thanhhoa.skhdt"), agencyId("thanhhoa.ubnd-huyen")],
      }),
      makeTarget("3.1", {
        text: "Tỷ suất tử vong mẹ dưới 45/100.000 trẻ đẻ sống",
        quantitative: true,
        indicators: [{ label: "Tỷ suất tử vong mẹ", unit: "/100.000 trẻ đẻ sống", comparator: "<", value: 45, valueMax: null, year: 2030, direction: "decrease" }],
        lead: [agencyId("thanhhoa.syt")],
      }),
      makeTarget("3.2", { lead: [agencyId("thanhhoa.syt")], partners: [agencyId("thanhhoa.sldtbxh")] }),
    ],
    tasks: [
      makeTask("1.1.a", {
        lead: [agencyId("thanhhoa.sldtbxh")],
        due: { text: "2023 - 2030", kind: "period", from: 2023, to: 2030, by: "2030-12-31" },
        outputs: ["Báo cáo hằng năm"],
      }),
      makeTask("3.1.a", { lead: [agencyId("thanhhoa.syt")], partners: [agencyId("thanhhoa.skhdt")] }),
    ],
    review: [
      {
        code: "lead_differs",
        subject: { kind: "target", id: "3.2" },
        message: "Cơ quan chủ trì ở phần III khác với phụ lục",
        source: { line: 250, quote: "Sở Y tế chủ trì các mục tiêu: 3.1; 3.2" },
        candidates: ["Sở Y tế", "Sở Lao động, Thương binh và Xã hội"],
      },
    ],
    ...overrides,
  };
}

/** A catalogue `factor` times the size of `base`, with the same shape: codes stay unique. */
export function scaleCatalog(base: PlanCatalog, factor: number): PlanCatalog {
  const copies = Array.from({ length: factor }, (_, copy) => copy);
  return {
    ...base,
    targets: copies.flatMap((copy) => base.targets.map((target) => ({ ...target, code: `${target.code}.x${copy}` as TargetCode }))),
    tasks: copies.flatMap((copy) => base.tasks.map((task) => ({ ...task, id: `${task.id}.x${copy}` as TaskId }))),
  };
}
