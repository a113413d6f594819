import { agencyIdsInPlan } from "../../../src/cli/agencies/agenciesInPlan";
import { bundledDataDir } from "../../../src/cli/bundledDataDir";
import { runAgenciesCommand } from "../../../src/cli/commands/agenciesCommand";
import { readPlanCatalog } from "../../../src/cli/readPlanCatalog";
import { bundledAgencies } from "../../../src/domain/catalog/agencies/bundledAgencies";
import { memoryIo } from "../../helpers/memoryIo";

const run = (args: readonly string[], files: Record<string, string> = {}) => {
  const memory = memoryIo(files);
  const code = runAgenciesCommand(args, memory.io, { dataDir: bundledDataDir(), today: () => "2026-01-01" });
  return code.then((exit) => ({ exit, stdout: memory.stdout(), stderr: memory.stderr() }));
};

/** The listing's agency lines by id: each starts with the id, then two spaces. */
function listed(stdout: string): Map<string, string> {
  return new Map(stdout.split("\n").flatMap((line) => (/^[a-z]+\.\S+ {2}/u.test(line) ? [[line.split(" ")[0]!, line] as const] : [])));
}

describe("plan-tracker agencies", () => {
  it("lists every bundled agency once, by id with its name", async () => {
    const { exit, stdout } = await run([]);
    expect(exit).toBe(0);
    const lines = listed(stdout);
    expect([...lines.keys()].sort()).toEqual(bundledAgencies.map((agency) => agency.id).sort());
    expect(lines.get("thanhhoa.syt")).toContain("Sở Y tế");
  });

  it("shows today's successor of a merged agency, and none before the merger", async () => {
    const today = listed((await run(["--search", "thanhhoa.skhdt"])).stdout);
    expect(today.get("thanhhoa.skhdt")).toContain("(thanhhoa.stc)");
    const before = listed((await run(["--search", "thanhhoa.skhdt", "--date", "2024-12-31"])).stdout);
    expect(before.get("thanhhoa.skhdt")).not.toContain("thanhhoa.stc");
  });

  it("lists with --plan exactly the agencies that lead or support something in the plan", async () => {
    const { exit, stdout } = await run(["--plan", "thanhhoa-sdg-2017"]);
    expect(exit).toBe(0);
    const read = await readPlanCatalog(memoryIo().io, bundledDataDir(), "thanhhoa-sdg-2017");
    const inPlan = read.ok ? [...agencyIdsInPlan(read.catalog)].filter((id) => bundledAgencies.some((agency) => agency.id === id)) : [];
    expect([...listed(stdout).keys()].sort()).toEqual(inPlan.sort());
  });

  it("finds agencies by words typed without accents, across provinces or within a plan", async () => {
    expect([...listed((await run(["--search", "so y te"])).stdout).keys()].sort()).toEqual([
      "daknong.syt",
      "lamdong.syt",
      "quangninh.syt",
      "thanhhoa.syt",
    ]);
    expect([...listed((await run(["--plan", "thanhhoa-sdg-2017", "--search", "so y te"])).stdout).keys()]).toEqual(["thanhhoa.syt"]);
  });

  it("fails with exit code 1 when nothing matches, suggesting the closest agencies", async () => {
    const { exit, stdout, stderr } = await run(["--plan", "thanhhoa-sdg-2017", "--search", "so yte"]);
    expect(exit).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("thanhhoa.syt");
  });

  it("honours the officer's edits to the successions", async () => {
    const keep = JSON.stringify([{ from: "thanhhoa.skhdt", to: [], effective: "2025-03-01" }]);
    const { stdout } = await run(["--search", "thanhhoa.skhdt", "--successors", "keep.json"], { "/virtual/keep.json": keep });
    expect(listed(stdout).get("thanhhoa.skhdt")).not.toContain("thanhhoa.stc");
  });

  it.each([
    [["--plan", "../../package"], 1],
    [["--plan", "khong-co"], 1],
    [["--successors", "hong.json"], 1],
    [["--date", "hôm qua"], 2],
    [["--plan"], 2],
    [["thua"], 2],
  ])("refuses %j with exit code %i and a message", async (args, code) => {
    const { exit, stdout, stderr } = await run(args, { "/virtual/hong.json": "[{" });
    expect(exit).toBe(code);
    expect(stdout).toBe("");
    expect(stderr).not.toBe("");
  });
});
