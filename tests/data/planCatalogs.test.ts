import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "../..");
const schema = JSON.parse(readFileSync(join(root, "data/schema/plan-catalog.schema.json"), "utf8"));
const sources = JSON.parse(readFileSync(join(root, "data/sources/sources.json"), "utf8")) as { planId: string }[];
const readPlan = (planId: string) => JSON.parse(readFileSync(join(root, "data/plans", `${planId}.json`), "utf8"));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe("data/plans against data/schema/plan-catalog.schema.json", () => {
  const validate = validator();

  it.each(sources.map((source) => source.planId))("%s is valid", (planId) => {
    const valid = validate(readPlan(planId));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("rejects a catalogue that breaks the contract", () => {
    const broken = { ...readPlan("thanhhoa-sdg-2017"), reporting: { frequency: "yearly", agencyDeadline: "15/11", consolidatedDeadline: null } };
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((error) => error.instancePath);
    expect(paths).toEqual(expect.arrayContaining(["/reporting/frequency", "/reporting/agencyDeadline"]));
    expect((validate.errors ?? []).some((error) => error.params && "missingProperty" in error.params && error.params.missingProperty === "reviews")).toBe(true);
  });

  it("lists the five plans in data/plans/index.json with their counts", () => {
    const index = JSON.parse(readFileSync(join(root, "data/plans/index.json"), "utf8")) as { id: string; counts: Record<string, number> }[];
    expect(index.map((entry) => entry.id)).toEqual(sources.map((source) => source.planId));
    for (const entry of index) {
      const plan = readPlan(entry.id);
      expect(entry.counts).toEqual({
        goals: plan.goals.length,
        targets: plan.targets.length,
        tasks: plan.tasks.length,
        reviewItems: plan.review.length,
      });
    }
  });
});
