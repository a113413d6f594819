import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { checkBuildFreshness } from "../../../scripts/server/buildFreshness";
import { BUILD_INFO_FILE } from "../../../scripts/server/buildInfo.cjs";

const INPUTS = ["src", "webpack.config.js", "package-lock.json"];
const BUILT = new Date("2026-03-01T08:00:00Z");
const BEFORE = new Date("2026-02-27T08:00:00Z");
const AFTER = new Date("2026-03-02T08:00:00Z");

let root: string;

async function writeDated(relative: string, date: Date): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, relative);
  await utimes(file, date, date);
}

async function dateFolders(folders: readonly string[], date: Date): Promise<void> {
  for (const folder of folders) await utimes(path.join(root, folder), date, date);
}

/** A project whose sources, folders included, all predate a complete build. */
async function builtProject(): Promise<void> {
  await writeDated("src/taskpane/index.tsx", BEFORE);
  await writeDated("src/taskpane/Old.tsx", BEFORE);
  await writeDated("src/domain/plan/plan.ts", BEFORE);
  await writeDated("webpack.config.js", BEFORE);
  await dateFolders(["src", "src/taskpane", "src/domain", "src/domain/plan"], BEFORE);
  await writeDated("dist/taskpane.html", BUILT);
  await writeDated(`dist/${BUILD_INFO_FILE}`, BUILT);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "plan-tracker-freshness-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("checkBuildFreshness", () => {
  it("finds a build made after every source fresh, even when an input such as the lock file is absent", async () => {
    await builtProject();
    expect(await checkBuildFreshness(root, INPUTS)).toEqual({ fresh: true });
  });

  it("names the source changed since the build, however deep it lies", async () => {
    await builtProject();
    await writeDated("src/domain/plan/plan.ts", AFTER);
    expect(await checkBuildFreshness(root, INPUTS)).toEqual({
      fresh: false,
      reason: "sources-changed",
      changed: path.join("src", "domain", "plan", "plan.ts"),
    });
  });

  it("counts a new file as a change", async () => {
    await builtProject();
    await writeDated("src/taskpane/NewPanel.tsx", AFTER);
    await dateFolders(["src/taskpane"], BEFORE);
    expect(await checkBuildFreshness(root, INPUTS)).toMatchObject({ fresh: false, changed: path.join("src", "taskpane", "NewPanel.tsx") });
  });

  it("counts a deleted file as a change to its folder", async () => {
    await builtProject();
    await rm(path.join(root, "src/taskpane/Old.tsx"));
    await dateFolders(["src/taskpane"], AFTER);
    expect(await checkBuildFreshness(root, INPUTS)).toMatchObject({ fresh: false, changed: path.join("src", "taskpane") });
  });

  it("counts a changed build configuration or lock file as a change", async () => {
    await builtProject();
    await writeDated("package-lock.json", AFTER);
    expect(await checkBuildFreshness(root, INPUTS)).toMatchObject({ fresh: false, changed: "package-lock.json" });
  });

  it("ignores files that are not build inputs", async () => {
    await builtProject();
    await writeDated("README.md", AFTER);
    await writeDated("tests/e2e/new.test.ts", AFTER);
    expect(await checkBuildFreshness(root, INPUTS)).toEqual({ fresh: true });
  });

  it.each([
    ["there is no dist/ at all", [] as string[]],
    ["the build left no build-info.json (an older build)", [`dist/${BUILD_INFO_FILE}`]],
    ["dist/ has no taskpane.html", ["dist/taskpane.html"]],
  ])("asks for a build when %s", async (_what, removed) => {
    await builtProject();
    if (removed.length === 0) await rm(path.join(root, "dist"), { recursive: true });
    for (const file of removed) await rm(path.join(root, file));
    expect(await checkBuildFreshness(root, INPUTS)).toEqual({ fresh: false, reason: "no-build" });
  });
});
