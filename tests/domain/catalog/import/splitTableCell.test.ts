import { splitTableCell } from "../../../../src/domain/catalog/import/splitTableCell";
import { planLine } from "./planSources";

const cell = (line: number, column: number) => planLine("thanhhoa-sdg-2017", line).split("\t")[column]!;

describe("splitTableCell", () => {
  it("separates Chủ trì and Phối hợp written with no separator (000 L368)", () => {
    const pieces = splitTableCell(cell(368, 1), 368, { labels: true });
    expect(pieces.map((piece) => piece.kind)).toEqual(["lead", "partners"]);
    expect(pieces[0]).toMatchObject({ kind: "lead", text: "Sở Y tế" });
  });

  it("reads the goal 10 and target 10.1 headings held in one cell (000 L485)", () => {
    const pieces = splitTableCell(cell(485, 0), 485, { labels: true });
    expect(pieces).toEqual([
      { kind: "goal", code: "10", title: "Giảm bất bình đẳng trong xã hội.", line: 485 },
      expect.objectContaining({ kind: "target", code: "10.1" }),
    ]);
  });

  it("reads a label written as <p>a.</p> before the tasks (000 L413, column 2)", () => {
    const pieces = splitTableCell(cell(413, 1), 413, { labels: true });
    expect(pieces[0]).toEqual({ kind: "label", letter: "a", title: "", line: 413 });
    expect(pieces[1]).toMatchObject({ kind: "text" });
  });

  it("ends a heading at its </p> so the tasks after it stay tasks (000 L300)", () => {
    const pieces = splitTableCell(cell(300, 0), 300, { labels: true });
    expect(pieces.map((piece) => piece.kind)).toEqual(["target", "text"]);
    expect(pieces[0]).toMatchObject({ code: "1.2" });
    expect(pieces[1]).toMatchObject({ text: expect.stringMatching(/^- Tiếp tục thực hiện nghiêm túc/) });
  });

  it("marks an unlabelled <ol> row as a sub-unit boundary (000 L350)", () => {
    expect(splitTableCell(cell(350, 0), 350, { labels: true })[0]).toEqual({ kind: "split", line: 350 });
  });

  it("does not take 'Phối hợp với' in a task for a label (000 L363)", () => {
    const pieces = splitTableCell(cell(363, 1), 363, { labels: true });
    expect(pieces.map((piece) => piece.kind)).toEqual(["text"]);
  });

  it("splits two assignment blocks in one cell (000 L480, 9.3.a and 9.3.b)", () => {
    const kinds = splitTableCell(cell(480, 0), 480, { labels: true }).map((piece) => piece.kind);
    expect(kinds).toEqual(["lead", "partners", "lead", "partners"]);
  });
});
