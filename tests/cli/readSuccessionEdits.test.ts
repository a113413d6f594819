import { parseSuccessionEdits, readSuccessionEdits, successionEditsMessage } from "../../src/cli/readSuccessionEdits";
import { memoryIo } from "../helpers/memoryIo";

const KNOWN = new Set(["thanhhoa.skhdt", "thanhhoa.stc", "thanhhoa.syt"]);
const parse = (text: string) => parseSuccessionEdits(text, KNOWN);
const edit = (overrides: Record<string, unknown> = {}) => ({ from: "thanhhoa.skhdt", to: ["thanhhoa.stc"], effective: "2025-03-01", source: "QĐ 1", uncertain: false, ...overrides });

describe("parseSuccessionEdits", () => {
  it("reads edits in the shape of data/agency-successors.json", () => {
    const edits = [edit(), edit({ from: "thanhhoa.syt", to: [], note: "vẫn giữ nhiệm vụ" })];
    expect(parse(JSON.stringify(edits))).toEqual({ ok: true, edits });
  });

  it("fills in an empty source and a certain mapping when the officer leaves them out", () => {
    expect(parse('[{ "from": "thanhhoa.skhdt", "to": [], "effective": "2025-03-01" }]')).toEqual({
      ok: true,
      edits: [{ from: "thanhhoa.skhdt", to: [], effective: "2025-03-01", source: "", uncertain: false }],
    });
  });

  it("points at the line and column of a JSON syntax error", () => {
    expect(parse('[\n  { "from": "thanhhoa.skhdt",, }\n]')).toEqual({ ok: false, problems: [{ code: "json_syntax", line: 2, column: 30 }] });
  });

  it("refuses JSON that is not a list", () => {
    expect(parse(JSON.stringify(edit()))).toEqual({ ok: false, problems: [{ code: "not_a_list" }] });
  });

  it("reports every faulty entry with its position, and keeps none of the file", () => {
    const text = JSON.stringify([edit(), 5, edit({ to: "thanhhoa.stc" }), edit({ from: "thanhhoa.khong-co", effective: "01/03/2025", uncertain: "có" })]);
    expect(parse(text)).toEqual({
      ok: false,
      problems: [
        { code: "entry_not_object", entry: 2 },
        { code: "to_not_list", entry: 3 },
        { code: "id_unknown", entry: 4, id: "thanhhoa.khong-co" },
        { code: "date_invalid", entry: 4 },
        { code: "uncertain_not_boolean", entry: 4 },
      ],
    });
  });

  it("says in one line per problem which file is wrong", () => {
    const read = parse("[5, 6]");
    const message = read.ok ? "" : successionEditsMessage("sua.json", read.problems);
    expect(message.split("\n")).toEqual([expect.stringContaining("sua.json"), expect.stringContaining("sua.json")]);
  });
});

describe("readSuccessionEdits", () => {
  it("says the file cannot be read when it is missing", async () => {
    expect(await readSuccessionEdits(memoryIo().io, "/virtual/sua.json", KNOWN)).toEqual({ ok: false, problems: [{ code: "file_unreadable" }] });
  });
});
