import { bundledAgencies, bundledSuccessions } from "../../../src/domain/catalog/agencies/bundledAgencies";
import type { AgencyId, PlanCatalog } from "../../../src/domain/catalog/types";
import { createValidationCache } from "../../../src/workflows/validation/validationCache";
import { bundledPlan, THANH_HOA_PLANS } from "../templateFixtures";

const catalogs = () => THANH_HOA_PLANS.map((id) => bundledPlan(id) as PlanCatalog);
const DAY = "2026-06-01";

describe("the validation cache", () => {
  it("distributes the same catalogues on the same day once", () => {
    const cache = createValidationCache();
    const plans = catalogs();
    const first = cache.distribution(plans, bundledSuccessions, DAY, {});
    expect(cache.distribution([...plans], bundledSuccessions, DAY, {})).toBe(first);
    expect(cache.distribution(plans, bundledSuccessions, "2024-01-01", {})).not.toBe(first);
  });

  it("distributes again when a catalogue of the same id is a different one", () => {
    const cache = createValidationCache();
    const plans = catalogs();
    const before = cache.distribution(plans, bundledSuccessions, DAY, {});
    const [plan, ...others] = plans;
    const task = plan!.tasks[0]!;
    const newcomer = "thanhhoa.bench-newcomer" as AgencyId;
    const changed = { ...plan!, tasks: [{ ...task, lead: [newcomer] }, ...plan!.tasks.slice(1)] };
    const after = cache.distribution([changed, ...others], bundledSuccessions, DAY, {});
    expect(before.byAgency.has(newcomer)).toBe(false);
    expect(after.byAgency.get(newcomer)?.leadTasks.map((row) => row.code)).toEqual([task.id]);
  });

  it("distributes again when the successions or the officer's choices differ", () => {
    const cache = createValidationCache();
    const plans = catalogs();
    const first = cache.distribution(plans, bundledSuccessions, DAY, {});
    expect(cache.distribution(plans, [...bundledSuccessions], DAY, {})).not.toBe(first);
    expect(cache.distribution(plans, bundledSuccessions, DAY, { "x|NV|1": ["thanhhoa.stc" as AgencyId] })).not.toBe(first);
  });

  it("knows a catalogue's rows by the catalogue itself, not by its id", () => {
    const cache = createValidationCache();
    const plan = catalogs()[0]!;
    const task = plan.tasks[0]!;
    expect(cache.knownIds(plan).has(`${plan.id}\u0000${task.id}`)).toBe(true);
    const without = { ...plan, tasks: plan.tasks.slice(1) };
    expect(cache.knownIds(without).has(`${plan.id}\u0000${task.id}`)).toBe(false);
  });

  it("finds agencies by id in the list it is given", () => {
    const cache = createValidationCache();
    const agency = bundledAgencies[0]!;
    expect(cache.directory(bundledAgencies).get(agency.id)).toBe(agency);
    expect(cache.directory([]).get(agency.id)).toBeUndefined();
  });
});
