import { importPlan } from "../../../../src/domain/catalog/import/importPlan";
import { imported } from "./importResults";
import { agencies, planLine, planText } from "./planSources";

describe("importPlan on 001 (Đắk Nông, plan with no number or date)", () => {
  const catalog = () => imported("daknong-sdg-2018").catalog;

  it("imports 16 goals, 95 targets and 118 assignment blocks as tasks", () => {
    expect(catalog().goals).toHaveLength(16);
    expect(catalog().targets).toHaveLength(95);
    expect(catalog().tasks.filter((task) => task.origin !== "body")).toHaveLength(118);
    expect(imported("daknong-sdg-2018").stats.family).toBe("tab-led-cells");
  });

  it("finds 'Mục\\u00a0tiêu 4.4' although NBSP sits inside the keyword (L435)", () => {
    expect(planLine("daknong-sdg-2018", 435)).toContain("Mục\u00a0tiêu 4.4");
    expect(catalog().targets.map((target) => target.code)).toContain("4.4");
  });

  it("leaves number and date null and says so", () => {
    expect(catalog()).toMatchObject({ documentNumber: null, issuedOn: null, period: { from: 2018, to: 2030 } });
    expect(catalog().review.map((item) => item.code)).toEqual(
      expect.arrayContaining(["document_number_missing", "issue_date_missing"]),
    );
  });

  it("ties goal 7's tasks to the goal itself: it has no coded targets (L693–707)", () => {
    expect(catalog().tasks.find((task) => task.id === "7")).toMatchObject({
      goal: "7",
      target: null,
      lead: ["daknong.sct"],
    });
    expect(catalog().notes?.some((note) => note.code === "goal_without_targets")).toBe(true);
  });

  it("reads the rate '45/100000 trẻ đẻ sống' of 3.1 (L247)", () => {
    const indicators = catalog().targets.find((target) => target.code === "3.1")!.indicators;
    expect(indicators[0]).toMatchObject({ comparator: "<", value: 45, unit: "/100000 trẻ đẻ sống", year: 2030 });
  });

  it("reads the deadlines of section IV: 20/11 for agencies, 05/12 for the province, both 'trước ngày'", () => {
    expect(catalog().reporting).toMatchObject({
      frequency: "annual",
      agencyDeadline: "11-20",
      consolidatedDeadline: "12-05",
      agencyDeadlineExclusive: true,
      consolidatedDeadlineExclusive: true,
    });
  });

  it("flags the numbering gap 12.7 → 12.9 (L1150, L1161)", () => {
    expect(catalog().review.filter((item) => item.code === "numbering_gap")).toEqual([
      expect.objectContaining({
        subject: { kind: "goal", id: "12" },
        source: expect.objectContaining({ line: 1161 }),
        params: { goal: "12", missing: "12.8", before: "12.7", after: "12.9" },
      }),
    ]);
  });

  it("flags the bullet cut mid-sentence in 5.1 ('- Phối hợp đưa nội dung', L505)", () => {
    expect(planLine("daknong-sdg-2018", 505).trim()).toBe("- Phối hợp đưa nội dung");
    expect(catalog().review.filter((item) => item.code === "text_truncated")).toEqual([
      expect.objectContaining({
        subject: { kind: "task", id: "5.1" },
        source: { line: 505, quote: "- Phối hợp đưa nội dung" },
      }),
    ]);
  });

  it("flags goal 7's values (L695 'Đến năm 2020, cơ bản 100% … đến năm 2025 đạt 100%'), which no numbered target holds", () => {
    expect(catalog().review.filter((item) => item.code === "values_in_goal_without_targets")).toEqual([
      expect.objectContaining({ subject: { kind: "goal", id: "7" }, source: expect.objectContaining({ line: 695 }) }),
    ]);
  });

  it("drops the mark '(10)' from the end of goal 11's title (L938) and keeps it in the quote", () => {
    expect(catalog().goals.find((goal) => goal.code === "11")?.title).toMatch(/lao động theo vùng$/u);
    expect(catalog().goals.find((goal) => goal.code === "11")?.source?.quote).toMatch(/\(10\)$/u);
  });

  it.each([
    ["Sở Quốc phòng", 275, "daknong.bchqs"],
    ["Sở Công an", 309, "daknong.ca"],
    ["Sở Ngoại giao", 679, "daknong.sngv"],
    ["Tòa án nhân dân tối tỉnh", 1311, "daknong.tand"],
  ])(
    "asks about %j (first at L%i), which names no real body, offering %s instead of mapping it",
    (name, line, candidate) => {
      expect(catalog().review).toContainEqual(
        expect.objectContaining({
          code: "agency_name_doubtful",
          subject: { kind: "agency", id: name },
          source: expect.objectContaining({ line }),
          candidates: [candidate],
        }),
      );
      const printed = catalog().tasks.filter((task) => task.unresolvedPartners?.includes(name));
      expect(printed.length).toBeGreaterThan(0);
      expect(printed.filter((task) => task.partners.includes(candidate as never))).toEqual([]);
    },
  );

  it("imports III.1's item that names the departments and districts as actors (L63), not one that only names them as beneficiaries (L65)", () => {
    const general = catalog().tasks.filter((task) => task.group?.startsWith("III."));
    expect(general.map((task) => [task.id, task.source?.line])).toEqual([["III.1.1", 63]]);
    expect(general[0]).toMatchObject({
      lead: ["daknong.so-ban-nganh", "daknong.ubnd-huyen"],
      due: { kind: "period", from: 2018, to: 2020 },
    });
  });

  it("keeps the sub-group title of a lettered block (1.3.a 'Tăng cường thể chế', L160)", () => {
    expect(catalog().tasks.find((task) => task.id === "1.3.a")).toMatchObject({
      group: "Tăng cường thể chế",
      lead: ["daknong.stp"],
    });
  });
});

describe("importPlan on 002 (Quảng Ninh, KH 86/KH-UBND)", () => {
  const catalog = () => imported("quangninh-sdg-2018").catalog;

  it("imports 19 goals and one task per assignment row (161 rows with a lead)", () => {
    expect(catalog().goals).toHaveLength(19);
    expect(catalog().tasks.filter((task) => task.lead.length > 0 && task.origin !== "body")).toHaveLength(161);
    expect(imported("quangninh-sdg-2018").stats.family).toBe("paragraph-cells");
  });

  it("imports IV.1.b 'Trong quý II năm 2018 các sở, ngành, địa phương hoàn thành …' as a task for all departments and districts (L102)", () => {
    expect(catalog().tasks.find((task) => task.id === "IV.1.b")).toMatchObject({
      origin: "body",
      lead: ["quangninh.so-ban-nganh", "quangninh.ubnd-huyen"],
      due: { kind: "quarter", by: "2018-06-30" },
      source: { line: 102 },
    });
    // IV.1.e sets the reporting regime (L110), which `reporting` holds; the items naming no one are aims.
    expect(
      catalog()
        .tasks.filter((task) => task.group?.startsWith("IV."))
        .map((task) => task.id),
    ).toEqual(["IV.1.b"]);
  });

  it("reads the identity and the two deadlines of IV.1.e (L110) and the reviews of IV.2.e (L124)", () => {
    expect(catalog()).toMatchObject({ documentNumber: "86/KH-UBND", issuedOn: "2018-05-29", province: "Quảng Ninh" });
    expect(catalog().reporting).toMatchObject({
      agencyDeadline: "12-01",
      consolidatedDeadline: "12-15",
      reviews: [2025, 2030],
    });
  });

  it("records target 2.4, which has no assignment row of its own (L312)", () => {
    expect(catalog().review).toContainEqual(
      expect.objectContaining({ code: "missing_lead", subject: { kind: "task", id: "2.4" } }),
    );
  });

  it("numbers the several rows of one target (9.4 has six) and flags the rows whose boundary the table lost", () => {
    expect(
      catalog()
        .tasks.filter((task) => task.target === "9.4")
        .map((task) => task.id),
    ).toEqual(["9.4.1", "9.4.2", "9.4.3", "9.4.4", "9.4.5", "9.4.6"]);
    expect(catalog().review.filter((item) => item.code === "row_boundary_ambiguous").length).toBeGreaterThan(0);
  });

  it("asks which values the province tracks for 7.2, whose only numbers are the country's (L976)", () => {
    const target = catalog().targets.find((candidate) => candidate.code === "7.2")!;
    expect(target.indicators).toEqual([]);
    expect(target.nationalIndicators?.length).toBeGreaterThan(0);
    expect(catalog().review).toContainEqual(
      expect.objectContaining({
        code: "national_values_only",
        subject: { kind: "target", id: "7.2" },
        source: expect.objectContaining({ line: 976 }),
      }),
    );
  });

  it("keeps a note where a lead is printed again among its partners (12.5.b.1, L1608), and lists it only as lead", () => {
    const task = catalog().tasks.find((candidate) => candidate.id === "12.5.b.1")!;
    expect(task.partners.filter((id) => task.lead.includes(id))).toEqual([]);
    expect(catalog().notes).toContainEqual(
      expect.objectContaining({ code: "lead_among_partners", source: expect.objectContaining({ line: 1608 }) }),
    );
  });

  it("asks which value holds where two targets state one measure differently (6.3: 100%, no year; 12.5: 95% by 2020)", () => {
    const conflicts = catalog().review.filter((item) => item.code === "values_conflict");
    expect(conflicts).toEqual([
      expect.objectContaining({
        subject: { kind: "target", id: "6.3" },
        params: expect.objectContaining({ other: "12.5" }),
      }),
    ]);
    expect(conflicts[0]!.candidates).toHaveLength(2);
  });

  it("does not take the district's and the commune's culture centres for one measure (003 T7.1, T7.2)", () => {
    expect(imported("thanhhoa-nq58-2021").catalog.review.filter((item) => item.code === "values_conflict")).toEqual([]);
  });

  it("keeps the sibling '+' items of one list in one row where the row boundary is lost (6.4, L868–872)", () => {
    const text = (id: string) => catalog().tasks.find((task) => task.id === id)!.text;
    expect(text("6.4.2")).toMatch(
      /^Lập kế hoạch bảo vệ, khai thác các nguồn nước mặt, nước ngầm hiện có tại địa phương: \+ Hoàn thành khoanh định hành lang bảo vệ, vùng bảo hộ vệ sinh đối với nguồn nước mặt\. \+ Hoàn thành khoanh định vùng cấm/u,
    );
    expect(text("6.4.1")).not.toContain("+ Hoàn thành khoanh định");
    // "- Kiểm soát …" heads "+ Đến năm 2019 …" and "+ Đến năm 2020 …" (L880–884): the three go together.
    expect(text("6.4.3")).toMatch(
      /^- Kiểm soát các hoạt động khai thác nước mặt[^]*\+ Đến năm 2019[^]*\+ Đến năm 2020/u,
    );
    expect(catalog().review).toContainEqual(
      expect.objectContaining({ code: "row_boundary_ambiguous", subject: { kind: "task", id: "6.4.2" } }),
    );
  });

  it("reads 1.1's 'còn 1,06%' by 2020 and 'dưới 1%' by 2030 (L202)", () => {
    const indicators = catalog().targets.find((target) => target.code === "1.1")!.indicators;
    expect(
      indicators.map((indicator) => [indicator.comparator, indicator.value, indicator.unit, indicator.year]),
    ).toEqual([
      ["=", 1.06, "%", 2020],
      ["<", 1, "%", 2030],
    ]);
  });
});

describe("importPlan on 003 (Thanh Hóa, NQ 58 action plan: targets in prose)", () => {
  const catalog = () => imported("thanhhoa-nq58-2021").catalog;

  it("imports the 50 appendix assignments with composite ids", () => {
    expect(catalog().tasks.filter((task) => task.origin !== "body")).toHaveLength(50);
    expect(catalog().tasks.map((task) => task.id)).toEqual(
      expect.arrayContaining(["1", "2.1", "3.11", "6.10", "10.3"]),
    );
    expect(catalog().goals).toHaveLength(10);
  });

  it("imports the tasks only the body assigns, marked as from the body, with their lines (L112: Sở NN&PTNT's programme)", () => {
    const body = catalog().tasks.filter((task) => task.origin === "body");
    expect(body.length).toBeGreaterThanOrEqual(10);
    expect(body.find((task) => task.source?.line === 112)).toMatchObject({
      id: "3.B1",
      goal: "3",
      lead: ["thanhhoa.snnptnt"],
      text: expect.stringContaining("Chương trình phát triển nông nghiệp và xây dựng nông thôn mới"),
    });
    expect(catalog().notes).toContainEqual(expect.objectContaining({ code: "body_only_tasks" }));
  });

  it("does not import a body item again when an appendix row holds it (L292, Công an tỉnh: row 10.x)", () => {
    expect(catalog().tasks.filter((task) => task.origin === "body" && task.source?.line === 292)).toEqual([]);
  });

  it("finds no body-only task in 004, whose rows merge several body items (L114 in row 2)", () => {
    expect(imported("thanhhoa-green-growth-2023").catalog.tasks.filter((task) => task.origin === "body")).toEqual([]);
  });

  it("joins the lead cut by a page break: 'Sở Tài' + 'chính' (L345/348)", () => {
    expect(catalog().tasks.find((task) => task.id === "4.1")?.lead).toEqual([
      "thanhhoa.sgtvt",
      "thanhhoa.skhdt",
      "thanhhoa.stc",
    ]);
  });

  it("reads targets from the prose of 'a) Nhiệm vụ chung' with the year of their marker (L102)", () => {
    const perCapita = catalog().targets.find((target) => target.text === "GRDP bình quân đầu người đạt 5.200 USD");
    expect(perCapita).toMatchObject({ goal: "3", year: 2025, quantitative: true });
    expect(perCapita?.indicators).toEqual([expect.objectContaining({ value: 5200, unit: "USD", year: 2025 })]);
  });

  it("keeps the period of an average stated after 'Giai đoạn 2021 - 2025, …;' in the same sentence (L102)", () => {
    const revenue = (code: string) => catalog().targets.find((target) => target.code === code)!.indicators[0];
    expect(revenue("T3.2")).toMatchObject({
      label: "Thu ngân sách nhà nước",
      value: 10,
      annual: true,
      period: { from: 2021, to: 2025 },
    });
    expect(revenue("T3.9")).toMatchObject({ value: 7, annual: true, period: { from: 2026, to: 2030 } });
    // "Đến năm 2025, … GRDP bình quân đầu người đạt 5.200 USD" is a level in a year, not a period average.
    expect(revenue("T3.4")?.period).toBeUndefined();
  });

  it("says every prose target lacks a lead rather than inventing one", () => {
    const flagged = new Set(
      catalog()
        .review.filter((item) => item.code === "target_without_lead")
        .map((item) => item.subject.id),
    );
    for (const target of catalog().targets) expect(target.lead.length > 0 || flagged.has(target.code)).toBe(true);
  });

  it("reads deadline cells: 'Báo cáo UBND tỉnh … trong Quý IV/2021' is a quarter", () => {
    expect(catalog().tasks.find((task) => task.id === "2.1")?.due).toMatchObject({ kind: "quarter", by: "2021-12-31" });
  });

  it("invents no years for 'Báo cáo theo quy định' (L323): the deadline is vague, its years null", () => {
    const vague = catalog().tasks.filter((task) => /theo quy định/u.test(task.due.text ?? ""));
    expect(vague.length).toBeGreaterThan(0);
    for (const task of vague) expect(task.due).toMatchObject({ kind: "vague", from: null, to: null, by: null });
  });

  it("says where the years of a continuous deadline come from ('Trong thời gian thực hiện Nghị quyết', L356)", () => {
    const continuous = catalog().tasks.filter((task) => task.due.kind === "continuous");
    expect(continuous.length).toBeGreaterThan(0);
    for (const task of continuous)
      expect(task.due).toMatchObject({ from: 2021, to: 2030, by: null, convention: "plan-period" });
  });

  it("states the convention of 'Trước tháng 9/2021' (L324): due by the last day of August", () => {
    const before = catalog().tasks.filter((task) => /^Trước tháng/u.test(task.due.text ?? ""));
    expect(before.length).toBeGreaterThan(0);
    for (const task of before) expect(task.due.convention).toBe("before-exclusive");
    expect(before.find((task) => task.due.text === "Trước tháng 9/2021")?.due.by).toBe("2021-08-31");
  });

  it("says the plan sets no reporting deadline or frequency", () => {
    expect(catalog().reporting).toMatchObject({
      frequency: null,
      agencyDeadline: null,
      consolidatedDeadline: null,
      reviews: [],
    });
    expect(catalog().review.map((item) => item.code)).toEqual(
      expect.arrayContaining(["reporting_deadline_missing", "reporting_frequency_missing"]),
    );
  });

  it("cites the sentence on reporting in III.1 (L302) for the missing deadline and frequency", () => {
    const items = catalog().review.filter(
      (item) => item.code === "reporting_deadline_missing" || item.code === "reporting_frequency_missing",
    );
    expect(items.map((item) => item.source)).toEqual([
      { line: 302, quote: "Căn cứ các mốc thời gian đã quy định cụ thể, báo cáo kết quả thực hiện với UBND tỉnh" },
      { line: 302, quote: "Căn cứ các mốc thời gian đã quy định cụ thể, báo cáo kết quả thực hiện với UBND tỉnh" },
    ]);
  });
});

describe("importPlan on 004 (Thanh Hóa green growth, QĐ 3825/QĐ-UBND)", () => {
  const catalog = () => imported("thanhhoa-green-growth-2023").catalog;
  const task = (id: string) => catalog().tasks.find((candidate) => candidate.id === id);

  it("imports the 84 appendix tasks with ids like VIII.5.3", () => {
    expect(catalog().tasks).toHaveLength(84);
    expect(task("VIII.5.3")).toMatchObject({ goal: "VIII", lead: ["thanhhoa.snnptnt"] });
    expect(task("VIII.5.3")?.group).toMatch(/^VIII\.5 Nông nghiệp/u);
    expect(catalog().goals.map((goal) => goal.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
  });

  it("normalises the number 'Số: 3825 /QĐ-UBND' (L6)", () => {
    expect(catalog()).toMatchObject({
      documentNumber: "3825/QĐ-UBND",
      issuedOn: "2023-10-18",
      period: { from: 2021, to: 2030 },
    });
  });

  it("reads 15/11 for agencies (L408), 10/12 for the province (L418) and the reviews of II.7 (L455)", () => {
    expect(catalog().reporting).toMatchObject({
      frequency: "annual",
      agencyDeadline: "11-15",
      consolidatedDeadline: "12-10",
      reviews: [2025, 2030],
      agencyDeadlineExclusive: false,
    });
  });

  it("reads period deadlines and output lists", () => {
    expect(task("II.1")?.due).toMatchObject({ text: "Năm 2023", kind: "year", from: 2023, to: 2023 });
    expect(task("VIII.5.3")?.due).toMatchObject({ kind: "period", from: 2023, to: 2030 });
    expect(task("II.1")?.outputs).toEqual(["Quyết định", "Kế hoạch"]);
  });

  it("keeps the five co-leads of VIII.9.3", () => {
    expect(task("VIII.9.3")?.lead).toHaveLength(5);
  });

  it.each([
    ["I.1", 431, ["thanhhoa.so-ban-nganh", "thanhhoa.ubnd-huyen", "thanhhoa.mttq", "thanhhoa.to-chuc-ctxh"]],
    ["II.7", 455, ["thanhhoa.skhdt", "thanhhoa.so-ban-nganh", "thanhhoa.ubnd-huyen"]],
    ["VIII.3.5", 538, ["thanhhoa.bqlkkt", "thanhhoa.ubnd-huyen"]],
  ])("does not count 'các đơn vị liên quan' in %s's lead cell (L%d) as a lead: it takes part", (id, line, lead) => {
    expect(task(id)?.lead).toEqual(lead);
    expect(task(id)?.partners).toContain("thanhhoa.don-vi-lien-quan");
    expect(catalog().notes).toContainEqual(
      expect.objectContaining({ code: "unspecified_agency_not_lead", source: expect.objectContaining({ line }) }),
    );
  });

  it("raises no_accountable_lead when a lead cell names only 'các đơn vị liên quan' (L431 rewritten)", () => {
    const lines = planText("thanhhoa-green-growth-2023").split("\n");
    const cells = lines[430]!.split("\t");
    cells[2] = "Các đơn vị liên quan";
    lines[430] = cells.join("\t");
    const result = importPlan({ planId: "test", text: lines.join("\n") }, { agencies: agencies() });
    expect(result.catalog.tasks.find((candidate) => candidate.id === "I.1")).toMatchObject({
      lead: [],
      partners: ["thanhhoa.don-vi-lien-quan"],
    });
    expect(result.review.filter((item) => item.code === "no_accountable_lead")).toEqual([
      expect.objectContaining({ subject: { kind: "task", id: "I.1" }, source: expect.objectContaining({ line: 431 }) }),
    ]);
  });

  it("says the plan has no numbered targets", () => {
    expect(catalog().targets).toEqual([]);
    expect(catalog().notes?.map((note) => note.code)).toContain("no_specific_targets");
  });
});
