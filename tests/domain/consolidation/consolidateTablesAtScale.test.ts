import type { Agency } from "../../../src/domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../../../src/domain/catalog/types";
import { consolidateTables } from "../../../src/domain/consolidation/consolidateTables";
import { expectedAgencies } from "../../../src/domain/consolidation/expectedAgencies";
import type { HistoryRow } from "../../../src/domain/consolidation/history";
import type { SectionReading } from "../../../src/domain/consolidation/returnReadings";
import { buildRegister } from "../../../src/domain/consolidation/submissionRegister";
import type { ReceivedReturn } from "../../../src/domain/consolidation/submissions";
import { distributeDuties } from "../../../src/domain/templates/distributeDuties";
import { syntheticProvince } from "../../../scripts/benches/syntheticConsolidation";

const YEAR = 2026;

function consolidate(plans: readonly PlanCatalog[], agencies: readonly Agency[], received: readonly ReceivedReturn[], history: readonly HistoryRow[] = []) {
  const directory = new Map(agencies.map((agency) => [agency.id, agency] as const));
  const distribution = distributeDuties(plans, { successions: [], asOf: `${YEAR}-10-31` });
  const register = buildRegister({ expected: expectedAgencies(distribution, directory), received, dueOn: `${YEAR}-11-15` });
  return consolidateTables({ plans, distribution, directory, register, year: YEAR, cutoff: `${YEAR}-10-31`, history });
}

/** The reading a linear search of the returns finds: what the indexed look-ups must agree with. */
function searched(received: readonly ReceivedReturn[], agency: string, section: SectionReading["section"], plan: string, code: string) {
  const file = received.find((item) => item.agency === agency)!;
  const reading = file.readings.find((item) => item.section === section && item.plan === plan && item.code === code);
  return reading ? { file: file.file, reading } : null;
}

describe("consolidated tables of many provinces at once (the national bench's returns, on a small sample)", () => {
  const provinces = [0, 1, 2].map((index) => syntheticProvince(index, 6, 40));
  const plans = provinces.map((province) => province.plan);
  const received = provinces.flatMap((province) => province.received);
  const tables = consolidate(
    plans,
    provinces.flatMap((province) => province.agencies),
    received,
    provinces.flatMap((province) => province.history),
  );

  it("lists every task once for each lead, in the plans' order", () => {
    const listed = tables.tasks.map((line) => `${line.plan} ${line.task.id} ${line.agency}`);
    const planned = plans.flatMap((plan) => plan.tasks.flatMap((task) => task.lead.map((lead) => `${plan.id} ${task.id} ${lead}`)));
    expect(listed).toEqual(planned);
  });

  it("gives each task the answer its lead wrote on that plan's row, and its partners' notes", () => {
    for (const line of tables.tasks) {
      const found = searched(received, line.agency, "leadTasks", line.plan, line.task.id)!;
      const status = found.reading.fields.status!;
      expect(line.statusLabel).toBe(status.value?.kind === "status" ? status.value.option.label : null);
      expect(line.source).toEqual({ file: found.file, sheet: status.sheet, address: status.address });
      expect(line.partnerNotes).toHaveLength(line.task.partners.length);
    }
  });

  it("gives each indicator its lead's figures and its own series from last year's data", () => {
    expect(tables.indicators).toHaveLength(plans.reduce((count, plan) => count + plan.targets.length, 0));
    for (const line of tables.indicators) {
      const found = searched(received, line.agency, "indicators", line.plan, line.code)!;
      const estimate = found.reading.fields.estimate!.value;
      expect(line.estimate).toBe(estimate?.kind === "number" ? estimate.value : null);
      const period = line.progress.assessment?.basis.period;
      if (period) expect(period.years).toEqual([YEAR - 1, YEAR]);
    }
  });
});

describe("the order of a task's leads", () => {
  const names: Record<string, string> = { a: "Văn phòng UBND", b: "Ủy ban MTTQ", c: "Ban Dân tộc", d: "Ủy ban MTTQ" };
  const agencies = Object.entries(names).map(
    ([id, name]) => ({ id: id as AgencyId, name, shortName: name, aliases: [], kind: "department", province: "kh" }) as Agency,
  );
  const plan = {
    id: "kh",
    title: "Kế hoạch thử",
    province: "kh",
    issuer: "UBND",
    documentNumber: "1/KH",
    issuedOn: null,
    period: { from: 2021, to: 2030 },
    reporting: { frequency: "annual", agencyDeadline: "11-15", consolidatedDeadline: null, reviews: [] },
    goals: [{ code: "1", title: "Mục tiêu" }],
    targets: [],
    tasks: [
      {
        id: "1.a",
        goal: "1",
        target: null,
        group: null,
        text: "Nhiệm vụ chung",
        lead: ["a", "b", "c", "d"],
        partners: [],
        due: { text: "2030", kind: "year", from: null, to: 2030, by: "2030-12-31" },
        outputs: [],
      },
    ],
    review: [],
  } as unknown as PlanCatalog;

  it("follows Vietnamese alphabetical order (Ủ before V), agencies of the same name in the plan's order", () => {
    const tables = consolidate([plan], agencies, []);
    expect(tables.tasks.map((line) => line.agency)).toEqual(["c", "b", "d", "a"]);
  });
});
