import { bundledDataDir } from "../../src/cli/bundledDataDir";
import { isPlanId, readPlanCatalog } from "../../src/cli/readPlanCatalog";
import { memoryIo } from "../helpers/memoryIo";

describe("readPlanCatalog", () => {
  it("reads a bundled plan by its id", async () => {
    const read = await readPlanCatalog(memoryIo().io, bundledDataDir(), "thanhhoa-sdg-2017");
    expect(read).toMatchObject({ ok: true, catalog: { id: "thanhhoa-sdg-2017" } });
  });

  it.each(["../../package", "..", "/etc/passwd", "plans/index", "ThanhHoa", ""])("refuses %j as a plan id before reading any file", async (planId) => {
    const memory = memoryIo();
    const readFile = jest.spyOn(memory.io, "readFile");
    expect(await readPlanCatalog(memory.io, bundledDataDir(), planId)).toEqual({ ok: false, reason: "plan_id_invalid", planId });
    expect(readFile).not.toHaveBeenCalled();
  });

  it("says a plan is missing when its file is", async () => {
    expect(await readPlanCatalog(memoryIo().io, "/virtual/data", "khong-co")).toMatchObject({ ok: false, reason: "plan_not_found" });
  });

  it.each([
    ["not JSON", "{ khong phai json"],
    ["JSON that is not a catalogue", '{ "name": "plan-tracker", "version": "1.0.0" }'],
    ["a catalogue whose tasks have no lead list", '{ "id": "x", "title": "x", "goals": [], "targets": [], "tasks": [{ "id": "1" }], "review": [] }'],
  ])("calls a plan file unreadable when it holds %s", async (_what, text) => {
    const memory = memoryIo({ "/virtual/data/plans/hong.json": text });
    expect(await readPlanCatalog(memory.io, "/virtual/data", "hong")).toMatchObject({ ok: false, reason: "plan_unreadable" });
  });
});

describe("isPlanId", () => {
  it("accepts the slugs the catalogue uses", () => {
    expect(["thanhhoa-sdg-2017", "ke-hoach", "2023"].every(isPlanId)).toBe(true);
  });
});
