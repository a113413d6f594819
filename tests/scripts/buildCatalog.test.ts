import { readFileSync } from "fs";
import { join } from "path";
import { buildCatalogFiles } from "../../src/cli/catalog/buildCatalogFiles";
import { readCatalogInputs } from "../../src/cli/catalog/readCatalogInputs";

const root = join(__dirname, "../..");

describe("buildCatalogFiles", () => {
  const built = buildCatalogFiles(readCatalogInputs(root));

  it("writes one catalogue per plan of sources.json and the index", () => {
    expect(built.files.map((file) => file.path)).toEqual([
      "data/plans/thanhhoa-sdg-2017.json",
      "data/plans/daknong-sdg-2018.json",
      "data/plans/quangninh-sdg-2018.json",
      "data/plans/thanhhoa-nq58-2021.json",
      "data/plans/thanhhoa-green-growth-2023.json",
      "data/plans/index.json",
    ]);
  });

  it.each(["thanhhoa-sdg-2017", "daknong-sdg-2018", "quangninh-sdg-2018", "thanhhoa-nq58-2021", "thanhhoa-green-growth-2023", "index"])(
    "regenerates data/plans/%s.json exactly as committed (else run `npm run catalog:build`)",
    (name) => {
      const path = `data/plans/${name}.json`;
      const fresh = built.files.find((file) => file.path === path)!.content;
      const committed = readFileSync(join(root, path), "utf8");
      if (fresh !== committed) {
        const freshLines = fresh.split("\n");
        const committedLines = committed.split("\n");
        const line = freshLines.findIndex((text, index) => text !== committedLines[index]);
        throw new Error(
          `${path} is out of date: run \`npm run catalog:build\` and commit the result.\n` +
            `First difference at line ${line + 1}:\n  committed: ${committedLines[line] ?? "(end)"}\n  generated: ${freshLines[line] ?? "(end)"}`,
        );
      }
      expect(fresh).toBe(committed);
    },
  );

  it("writes pretty JSON with a trailing newline", () => {
    for (const file of built.files) {
      expect(file.content.endsWith("}\n") || file.content.endsWith("]\n")).toBe(true);
      expect(file.content).toMatch(/\n {2,4}"/);
    }
  });
});
