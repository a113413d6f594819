import fc from "fast-check";
import { importPlan } from "../../../../src/domain/catalog/import/importPlan";
import { agencies, planText } from "./planSources";

// eslint-disable-next-line no-control-regex -- the property is about control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
const ESCAPES = [
  "\u001b[31m",
  "\u001b[0m",
  "\u001b]8;;http://x.example\u0007",
  "\u001b]0;title\u0007",
  "\u0000",
  "\u0007",
  "\u009b2J",
  "\u007f",
];

/** Every string a catalogue holds, keys aside. */
function strings(value: unknown): string[] {
  const found: string[] = [];
  JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === "string") found.push(inner);
    return inner;
  });
  return found;
}

/** Plan 003 with a control sequence inserted before the character at each position. */
function withControls(text: string, insertions: readonly (readonly [number, string])[]): string {
  const sorted = [...insertions].sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [at, sequence] of sorted) out = out.slice(0, at) + sequence + out.slice(at);
  return out;
}

describe("importPlan on text with terminal escape codes and other control characters", () => {
  const clean = planText("thanhhoa-nq58-2021");
  const cleanCatalog = importPlan({ planId: "thanhhoa-nq58-2021", text: clean }, { agencies: agencies() }).catalog;

  it("stores plain text: the same catalogue as the clean document, wherever the codes sit", () => {
    const insertion = fc.tuple(fc.nat({ max: clean.length }), fc.constantFrom(...ESCAPES));
    fc.assert(
      fc.property(fc.array(insertion, { minLength: 1, maxLength: 30 }), (insertions) => {
        const text = withControls(clean, insertions);
        const { catalog } = importPlan({ planId: "thanhhoa-nq58-2021", text }, { agencies: agencies() });
        expect(catalog).toEqual(cleanCatalog);
      }),
      { numRuns: 15 },
    );
  });

  it("never stores a control character other than tab and line breaks, whatever the text holds", () => {
    const piece = fc.oneof(
      fc.constantFrom(...ESCAPES, "\t", "\n", "\r", "Sở Y tế chủ trì", "1.", "Mục tiêu", "năm 2030"),
      fc.string({ unit: "binary", maxLength: 20 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.string({ unit: "binary", maxLength: 20 }),
        (pieces, sourceName) => {
          const { catalog } = importPlan({ planId: "x", text: pieces.join(""), sourceName }, { agencies: agencies() });
          for (const text of strings(catalog)) expect(text).not.toMatch(CONTROL);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("keeps line numbers: a control character never joins or splits lines", () => {
    const text = clean
      .split("\n")
      .map((line, index) => (index % 7 === 0 ? `\u001b[1m${line}\u001b[0m` : line))
      .join("\n");
    const { catalog } = importPlan({ planId: "thanhhoa-nq58-2021", text }, { agencies: agencies() });
    expect(catalog.source?.lines).toBe(cleanCatalog.source?.lines);
    expect(catalog.tasks.map((task) => task.source?.line)).toEqual(cleanCatalog.tasks.map((task) => task.source?.line));
  });

  it.each([
    ["dashes", "-"],
    ["dots and spaces", " ."],
    ["commas", ", "],
    ["unclosed '<'", "<"],
  ])("imports a plan whose lead cell ends in a run of 32,000 %s, without rescanning the run", (_what, unit) => {
    const lines = clean.split("\n");
    const row = lines.findIndex((line, index) => index > 315 && /^\d+\t(?!<b>)/.test(line));
    const cells = lines[row]!.split("\t");
    cells[2] = `${cells[2]}${unit.repeat(32_000)}x`;
    lines[row] = cells.join("\t");
    const { catalog } = importPlan({ planId: "thanhhoa-nq58-2021", text: lines.join("\n") }, { agencies: agencies() });
    expect(catalog.tasks).toHaveLength(cleanCatalog.tasks.length);
  });
});
