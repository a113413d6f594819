import { createAgencyResolver } from "../../../../src/domain/catalog/import/agencyResolver";
import { indexBody, matchBodyItem } from "../../../../src/domain/catalog/import/matchBodyItems";
import { readBodyAssignments } from "../../../../src/domain/catalog/import/readBodyAssignments";
import { createSourceDocument } from "../../../../src/domain/catalog/import/sourceDocument";
import { imported } from "./importResults";
import { agencies, planText } from "./planSources";

const differences = (plan: "thanhhoa-nq58-2021" | "thanhhoa-green-growth-2023") =>
  imported(plan)
    .catalog.review.filter((item) => item.code === "lead_differs" || item.code === "deadline_differs")
    .map((item) => [item.code, item.subject.id, item.source.line, item.candidates]);

describe("readBodyAssignments", () => {
  const sections = () =>
    readBodyAssignments(
      createSourceDocument(planText("thanhhoa-nq58-2021")),
      314,
      createAgencyResolver(agencies(), "thanhhoa"),
    );

  it("reads each '- … chủ trì' paragraph of 003 II.1 as a task with its lead (L76, L78)", () => {
    const first = sections()[0]!;
    expect(first).toMatchObject({
      number: "1",
      title: "Công tác quán triệt, tuyên truyền, phổ biến thông tin",
      line: 68,
    });
    expect(first.items.map((item) => [item.line, item.leadIds])).toEqual([
      [76, ["thanhhoa.stttt"]],
      [78, ["thanhhoa.so-ban-nganh", "thanhhoa.ubnd-huyen"]],
    ]);
  });

  it("gives the '+' items the lead of the paragraph they follow (L86 heads L88–92) and cites that line", () => {
    const second = sections().find((section) => section.number === "2")!;
    expect(second.items.slice(0, 3).map((item) => [item.line, item.leadIds, item.leadLine])).toEqual([
      [88, ["thanhhoa.skhdt"], 86],
      [90, ["thanhhoa.skhdt"], 86],
      [92, ["thanhhoa.skhdt"], 86],
    ]);
  });

  it("joins a paragraph a page break cut (L108 + L110)", () => {
    const third = sections().find((section) => section.number === "3")!;
    expect(third.items[0]).toMatchObject({ line: 108, endLine: 110 });
    expect(third.items[0]!.text).toMatch(/báo cáo UBND tỉnh trong tháng 10 năm 2021\.$/u);
  });

  it("reads 004's section heads without a dash ('Sở Công Thương chủ trì, phối hợp …:', L218)", () => {
    const document = createSourceDocument(planText("thanhhoa-green-growth-2023"));
    const energy = readBodyAssignments(document, 428, createAgencyResolver(agencies(), "thanhhoa")).find(
      (section) => section.number === "8.1",
    )!;
    expect(energy.items.map((item) => [item.line, item.leadIds])).toEqual([
      [220, ["thanhhoa.sct"]],
      [222, ["thanhhoa.sct"]],
      [224, ["thanhhoa.sct"]],
      [226, ["thanhhoa.sct"]],
    ]);
  });
});

describe("matchBodyItem", () => {
  const body = () =>
    indexBody(
      readBodyAssignments(
        createSourceDocument(planText("thanhhoa-nq58-2021")),
        314,
        createAgencyResolver(agencies(), "thanhhoa"),
      ),
    );

  it("pairs a condensed appendix row with the body paragraph that writes it in full (L362 ↔ L192)", () => {
    expect(
      matchBodyItem("Đề án nâng cao chất lượng giáo dục khu vực miền núi tỉnh Thanh Hóa.", body())?.items.map(
        (item) => item.line,
      ),
    ).toEqual([192]);
  });

  it("lets a row that repeats a section's title stand for the whole section (L315 ↔ II.1)", () => {
    const match = matchBodyItem("Công tác quán triệt, tuyên truyền, phổ biến thông tin", body());
    expect(match?.section?.number).toBe("1");
    expect(match?.items.map((item) => item.line)).toEqual([76, 78]);
  });

  it("matches nothing rather than guess between near-equal paragraphs with different leads", () => {
    expect(matchBodyItem("Tham mưu triển khai thực hiện có hiệu quả", body())).toBeNull();
  });
});

describe("compareBodyWithAppendix through importPlan", () => {
  it("003: flags task 1, whose body lead (Sở TT&TT, L76) the appendix row (L315) leaves out, and every dated body deadline the appendix does not keep", () => {
    expect(differences("thanhhoa-nq58-2021")).toEqual([
      [
        "lead_differs",
        "1",
        76,
        [
          "Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố",
          "Sở Thông tin và Truyền thông; Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố",
        ],
      ],
      ["deadline_differs", "2.6", 98, ["Báo cáo theo quy định", "trong Quý III năm 2021"]],
      ["deadline_differs", "3.2", 114, ["Tháng 5/2022", "trước trong tháng 5 năm 2022"]],
      ["deadline_differs", "6.1", 190, ["Báo cáo theo quy định", "trong Quý IV năm 2021"]],
      ["deadline_differs", "6.3", 196, ["Báo cáo theo quy định", "trong Quý IV năm 2021"]],
      ["deadline_differs", "6.5", 202, ["Báo cáo theo quy định", "trong Quý IV năm 2021"]],
      ["deadline_differs", "6.7", 210, ["Báo cáo theo quy định", "trong Quý III năm 2022"]],
      ["deadline_differs", "6.10", 216, ["Tháng 6/2022", "trước tháng 6 năm 2022"]],
      ["deadline_differs", "7.2", 226, ["Quý IV/2022", "trước Quý IV năm 2022"]],
      ["deadline_differs", "8.3", 252, ["Tháng 6/2022", "trước tháng 6 năm 2022"]],
      ["deadline_differs", "9.2", 272, ["Báo cáo theo quy định", "trong Quý I năm 2022"]],
    ]);
  });

  it("003: keeps the appendix reading (task 6.1 stays 'Báo cáo theo quy định')", () => {
    expect(imported("thanhhoa-nq58-2021").catalog.tasks.find((task) => task.id === "6.1")?.due).toMatchObject({
      kind: "vague",
      from: null,
      to: null,
      by: null,
    });
  });

  it("003: gives 7.1 and 7.2, which share the body paragraph L226, each the deadline of its own clause", () => {
    const flagged = differences("thanhhoa-nq58-2021").map(([, id]) => id);
    expect(flagged).toContain("7.2");
    expect(flagged).not.toContain("7.1");
  });

  it("004: flags VI.1, whose body lead (L202) names Sở Công Thương and Sở NN&PTNT the appendix (L499) leaves out", () => {
    const items = imported("thanhhoa-green-growth-2023").catalog.review.filter((item) => item.code === "lead_differs");
    expect(
      items.map((item) => [
        item.subject.id,
        item.source.line,
        item.params?.missingInAppendix,
        item.params?.missingInBody,
      ]),
    ).toEqual([
      ["II.7", 140, "", "thanhhoa.skhdt"],
      ["VI.1", 202, "thanhhoa.sct thanhhoa.snnptnt", ""],
      ["VIII.11.1", 392, "", "thanhhoa.bql-khu-du-lich"],
      ["VIII.11.2", 392, "", "thanhhoa.bql-khu-du-lich"],
    ]);
    expect(differences("thanhhoa-green-growth-2023").every(([code]) => code === "lead_differs")).toBe(true);
  });
});
