import { imported } from "./importResults";
import { planLine } from "./planSources";

const plan = "thanhhoa-sdg-2017" as const;
const catalog = () => imported(plan).catalog;
const task = (id: string) => catalog().tasks.find((candidate) => candidate.id === id);
const target = (code: string) => catalog().targets.find((candidate) => candidate.code === code);
const reviewOf = (code: string) => catalog().review.filter((item) => item.code === code);

describe("importPlan on 000 (Thanh Hóa, QĐ 3934/QĐ-UBND)", () => {
  it("reads the identity from the header", () => {
    expect(catalog()).toMatchObject({
      id: plan,
      title: "Kế hoạch thực hiện Chương trình nghị sự 2030 vì sự phát triển bền vững trên địa bàn tỉnh Thanh Hóa",
      province: "Thanh Hóa",
      issuer: "Ủy ban nhân dân tỉnh Thanh Hóa",
      documentNumber: "3934/QĐ-UBND",
      issuedOn: "2017-10-17",
      period: { from: 2017, to: 2030 },
    });
    expect(imported(plan).stats.family).toBe("two-column-table");
  });

  it("imports as many targets per goal as L118–134 state ('Gồm k mục tiêu cụ thể')", () => {
    const stated: Record<string, number> = {};
    for (let line = 118; line <= 134; line += 1) {
      const match = /Mục tiêu (\d+): Gồm (\d+) mục tiêu cụ thể/u.exec(planLine(plan, line));
      if (match) stated[match[1]!] = Number(match[2]);
    }
    expect(Object.keys(stated)).toHaveLength(17);
    const importedCounts: Record<string, number> = {};
    for (const item of catalog().targets) importedCounts[item.goal] = (importedCounts[item.goal] ?? 0) + 1;
    expect(importedCounts).toEqual(stated);
    expect(catalog().source?.statedTargetCounts).toEqual(stated);
  });

  it("imports the 104 specific targets L116 announces", () => {
    expect(planLine(plan, 116)).toContain("gồm 104 mục tiêu");
    expect(catalog().targets).toHaveLength(104);
    expect(catalog().goals).toHaveLength(17);
    expect(reviewOf("count_mismatch")).toEqual([]);
    expect(reviewOf("total_mismatch")).toEqual([]);
  });

  it("takes goal titles from the body list (L93–112), not the appendix typo 'đổi mới toàn cầu'", () => {
    expect(catalog().goals.find((goal) => goal.code === "17")).toMatchObject({
      title: "Tăng cường phương thức thực hiện và thúc đẩy đối tác toàn cầu vì sự phát triển bền vững.",
      source: { line: 112 },
    });
  });

  it("records the goal titles the body list (L93–112) and the appendix word differently", () => {
    const before = imported(plan, false).catalog.review.filter((item) => item.code === "goal_title_differs");
    expect(before.map((item) => [item.subject.id, item.source.line, item.params?.appendixLine])).toEqual([
      ["5", 97, 395],
      ["10", 102, 485],
      ["11", 103, 537],
      ["15", 108, 619],
      ["16", 110, 640],
      ["17", 112, 679],
    ]);
    // The corrections file takes the appendix's title for the body's typos (5, 10) and keeps the body's
    // where the appendix is wrong (15, 17); 11 ("phân bố"/"phân bổ") and 16 ("chế độ"/"thể chế") stay open.
    expect(reviewOf("goal_title_differs").map((item) => item.subject.id)).toEqual(["11", "16"]);
    expect(catalog().goals.find((goal) => goal.code === "10")).toMatchObject({ title: "Giảm bất bình đẳng trong xã hội.", source: { line: 102 } });
    expect(catalog().goals.find((goal) => goal.code === "5")?.title).toBe("Đạt được bình đẳng về giới, tăng quyền và tạo cơ hội cho phụ nữ và trẻ em gái.");
  });

  it("reads the reporting regime of III.1.e (L228): agencies report by 15/11 every year", () => {
    expect(catalog().reporting).toMatchObject({
      frequency: "annual",
      agencyDeadline: "11-15",
      consolidatedDeadline: null,
      reviews: [],
      agencyDeadlineExclusive: false,
    });
    expect(catalog().reporting.evidence?.map((ref) => ref.line)).toEqual([228, 230]);
    expect(catalog().notes?.map((note) => note.code)).toEqual(
      expect.arrayContaining(["consolidated_deadline_not_set", "review_years_not_set"]),
    );
  });

  it("reads 15.2's forest cover 'khoảng 54,5%' (L625)", () => {
    expect(target("15.2")?.indicators).toEqual([
      expect.objectContaining({ value: 54.5, unit: "%", comparator: "~", valueMax: null }),
    ]);
  });

  it("reads 1.1's poverty rate 'dưới 5%' by 2030", () => {
    expect(target("1.1")?.indicators).toEqual([
      expect.objectContaining({ comparator: "<", value: 5, unit: "%", year: 2030, direction: "decrease" }),
    ]);
    expect(target("1.1")).toMatchObject({ quantitative: true, lead: ["thanhhoa.sldtbxh"] });
  });

  it("reads 3.3's range '20 - 25%'", () => {
    expect(target("3.3")?.indicators[0]).toMatchObject({ comparator: "between", value: 20, valueMax: 25, unit: "%" });
  });

  it("cuts lettered sub-units into tasks with their own lead (1.4.a Sở NN&PTNT, 1.4.b Sở Xây dựng)", () => {
    expect(task("1.4.a")).toMatchObject({ target: "1.4", lead: ["thanhhoa.snnptnt"], partners: [] });
    expect(task("1.4.b")).toMatchObject({ target: "1.4", lead: ["thanhhoa.sxd"] });
    expect(target("1.4")?.lead).toEqual(["thanhhoa.snnptnt", "thanhhoa.sxd"]);
    expect(task("1.4")).toBeUndefined();
  });

  it("reads the unlabelled <ol> rows of 3.5 as 3.5.a, 3.5.b, 3.5.c with III.1.i's leads", () => {
    expect(["3.5.a", "3.5.b", "3.5.c"].map((id) => task(id)?.lead)).toEqual([
      ["thanhhoa.batgt"],
      ["thanhhoa.sgtvt"],
      ["thanhhoa.ca"],
    ]);
  });

  it("keeps the scopes of 4.3's two leads (L378)", () => {
    expect(task("4.3")?.leadScopes).toEqual(
      expect.arrayContaining([
        { agency: "thanhhoa.sgddt", scope: "giáo dục đại học" },
        { agency: "thanhhoa.sldtbxh", scope: "giáo dục nghề nghiệp" },
      ]),
    );
  });

  it("ties the four assignment blocks grouped after 10.2–10.4 (L516–530) in order", () => {
    expect(["10.2", "10.3", "10.4.a", "10.4.b"].map((id) => [task(id)?.lead, task(id)?.partnersSource?.line])).toEqual([
      [["thanhhoa.snv"], 518],
      [["thanhhoa.sldtbxh"], 522],
      [["thanhhoa.sldtbxh"], 526],
      [["thanhhoa.stc"], 530],
    ]);
  });

  it("joins a row cut by a page break, also mid-word ('Sở Thông' | 'tín và Truyền thông', L457/460)", () => {
    expect(task("8.5")?.partners).toContain("thanhhoa.stttt");
    expect(target("1.4")?.text).toMatch(/các cú sốc và thảm họa về môi trường, kinh tế, xã hội\.$/u);
  });

  it("records the assignments on the wrong row instead of reading them positionally (notes §6.4)", () => {
    // Before corrections: data/corrections/thanhhoa-sdg-2017.json confirms all but 7.2 and 7.3.
    const wrongRow = imported(plan, false)
      .catalog.review.filter((item) => item.code === "assignment_on_wrong_row")
      .map((item) => [item.subject.id, item.source.line]);
    expect(wrongRow).toEqual(
      expect.arrayContaining([
        ["1.4.b", 308],
        ["2.1.b", 317],
        ["5.7", 412],
        ["6.1.c", 419],
        ["12.2.b", 566],
        ["13.3.c", 611],
        ["16.7.b", 672],
        ["7.2", 440],
        ["7.3", 445],
      ]),
    );
    // 2.2, 8.1 and 14.1 keep their III.1.i lead although the block beside them is another unit's.
    expect(task("2.2")).toMatchObject({ lead: ["thanhhoa.syt"], partners: [] });
    expect(task("8.1")).toMatchObject({ lead: ["thanhhoa.skhdt"], partners: [] });
    expect(task("14.1")).toMatchObject({ lead: ["thanhhoa.stnmt"], partners: [] });
  });

  it("lists the 27 units without an assignment block (notes §6.5) with the lead from III.1.i", () => {
    const missing = imported(plan, false).catalog.review.filter((item) => item.code === "missing_assignment_block");
    expect(missing).toHaveLength(27);
    for (const item of missing) expect(task(item.subject.id!)?.lead.length).toBeGreaterThan(0);
  });

  it("keeps the five orphan cooperator tails as review items (L347, 366, 569, 600, 635)", () => {
    expect(reviewOf("orphan_assignment_fragment").map((item) => item.source.line)).toEqual([347, 366, 569, 600, 635]);
  });

  it("quotes the empty sub-units 13.2.b and 13.2.c by the label printed on their line (L601–602)", () => {
    expect(reviewOf("task_without_text").map((item) => [item.subject.id, item.source])).toEqual([
      ["13.2.b", { line: 601, quote: "b." }],
      ["13.2.c", { line: 602, quote: "c." }],
    ]);
    expect(planLine(plan, 601).startsWith("b.")).toBe(true);
  });

  it("gives 7.2 the block beside the 7.3 heading (L440) and 7.3 the block after its tasks (L445), as for 1.4.b and 5.7", () => {
    expect(task("7.2")).toMatchObject({ lead: ["thanhhoa.sct"], partnersSource: expect.objectContaining({ line: 440 }) });
    expect(task("7.2")?.partners).not.toContain("thanhhoa.skhcn");
    expect(task("7.3")).toMatchObject({ lead: ["thanhhoa.sct"], partnersSource: expect.objectContaining({ line: 445 }) });
    expect(task("7.3")?.partners).toEqual(expect.arrayContaining(["thanhhoa.skhcn", "thanhhoa.nhnn"]));
    expect(task("7.1")).toMatchObject({ lead: ["thanhhoa.sct"], partners: [] });
  });

  it("says the file is truncated inside 17.3 (L686)", () => {
    expect(reviewOf("source_truncated")).toEqual([
      expect.objectContaining({ subject: { kind: "plan", id: null }, source: expect.objectContaining({ line: 686 }) }),
    ]);
  });
});
