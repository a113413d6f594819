import { parseDue } from "../../../../src/domain/catalog/values/parseDue";
import { distinctColumnValues, SOURCE_FILES, sourceLine, sourceLines } from "./sourceText";

const NQ58 = { planFrom: 2021, planTo: 2030 };

describe("parseDue", () => {
  describe("deadline cells of 003 (column 'Thời gian báo cáo UBND tỉnh') and 004 ('Thời gian thực hiện')", () => {
    it.each([
      // [cell, kind, from, to, by]
      ["Năm 2023", "year", 2023, 2023, "2023-12-31", null], // 004 L441
      ["2023 - 2030", "period", 2023, 2030, "2030-12-31", null], // 004, 79 rows
      ["2024 - 2026", "period", 2024, 2026, "2026-12-31", null], // 004
      ["2025 - 2026", "period", 2025, 2026, "2026-12-31", null], // 004
      ["2026 - 2030", "period", 2026, 2030, "2030-12-31", null], // 004
      ["Quý III/2021", "quarter", 2021, 2021, "2021-09-30", null], // 003 L380
      ["Quý IV/2022", "quarter", 2022, 2022, "2022-12-31", null], // 003 L378
      ["Trong Quý II/2022", "quarter", 2022, 2022, "2022-06-30", null], // 003 L339
      ["Trong Quý III/2022", "quarter", 2022, 2022, "2022-09-30", null], // 003 L364
      ["Trước tháng 3/2025", "month", null, 2025, "2025-02-28", "before-exclusive"], // 003 L372
      ["Trước tháng 9/2021", "month", null, 2021, "2021-08-31", "before-exclusive"], // 003 L324
      ["Trước tháng 12/2024", "month", null, 2024, "2024-11-30", "before-exclusive"], // 003 L369
      ["Trước tháng 5/2022", "month", null, 2022, "2022-04-30", "before-exclusive"], // 003 L325
      ["Tháng 6/2022", "month", 2022, 2022, "2022-06-30", null], // 003 L373
      ["Tháng 10/2021", "month", 2021, 2021, "2021-10-31", null], // 003 L328
      ["Giai đoạn 2021 - 2025", "period", 2021, 2025, "2025-12-31", null], // 003 L345
      ["Giai đoạn 2021 - 2022", "period", 2021, 2022, "2022-12-31", null], // 003 L341
      // 003 L317: the approval level is mixed into the deadline text
      [
        "Báo cáo UBND tỉnh để trình Thủ tướng Chính phủ xem xét, phê duyệt trong Quý IV/2021",
        "quarter",
        2021,
        2021,
        "2021-12-31",
        null,
      ],
      ["Báo cáo UBND tỉnh để trình Thủ tướng Chính phủ trong Quý III/2021", "quarter", 2021, 2021, "2021-09-30", null], // L334
      ["Trong thời gian thực hiện Nghị quyết", "continuous", 2021, 2030, null, "plan-period"], // 003 L356
      ["Trong thời gian thực hiện Nghị Quyết", "continuous", 2021, 2030, null, "plan-period"], // 003 L400
      ["Trong quá trình thực hiện Nghị quyết", "continuous", 2021, 2030, null, "plan-period"], // 003 L315
      ["Báo cáo theo quy định", "vague", null, null, null, null], // 003 L323
      ["Báo cáo định kỳ theo quy định", "vague", null, null, null, null], // 003 L388
      ["Báo cáo UBND tỉnh theo quy định đề trình cấp có thẩm quyền phê duyệt", "vague", null, null, null, null], // L359
    ])("reads %j", (cell, kind, from, to, by, convention: string | null) => {
      expect(parseDue(cell, NQ58)).toEqual({
        text: cell,
        kind,
        from,
        to,
        by,
        ...(convention !== null ? { convention } : {}),
      });
    });

    it("keeps the Nghi Sơn port part of 003 L349 as a second deadline", () => {
      const cell =
        "Giai đoạn 2021 – 2025, riêng nội dung quy hoạch Cảng Nghi Sơn tiềm năng thành cảng biển đặc biệt trong Quý IV/2021.";
      expect(parseDue(cell, NQ58)).toEqual({
        text: cell,
        kind: "period",
        from: 2021,
        to: 2025,
        by: "2025-12-31",
        parts: [{ text: "trong Quý IV/2021", kind: "quarter", from: 2021, to: 2021, by: "2021-12-31" }],
      });
    });

    it("reads every distinct non-blank deadline cell of 003 and 004 without falling to unspecified", () => {
      const headers = new Set([
        "Thời gian báo cáo UBND tỉnh",
        "<b>Thời gian báo cáo UBND tỉnh</b>",
        "Thời gian thực hiện",
        "5",
      ]);
      const cells = new Map([
        ...distinctColumnValues("003-thanhhoa-nq58-2021.txt", 6, 5),
        ...distinctColumnValues("004-thanhhoa-green-growth-2023.txt", 7, 4),
      ]);
      const values = [...cells.keys()].filter((cell) => cell !== "" && !headers.has(cell));
      expect(values.length).toBeGreaterThanOrEqual(25);
      const unread = values.filter((cell) => {
        const due = parseDue(cell, NQ58);
        return due.kind === "unspecified" || due.ambiguity !== undefined;
      });
      expect(unread).toEqual([]);
    });
  });

  describe("deadline phrases in the plan bodies", () => {
    it.each([
      ["Trong quý II năm 2018", "quarter", 2018, 2018, "2018-06-30", null], // 002 L102
      ["Đến năm 2020", "year", null, 2020, "2020-12-31", null], // 002 L106
      ["trong tháng 10 năm 2021", "month", 2021, 2021, "2021-10-31", null], // 003 L110
      ["trước tháng 9 năm 2021", "month", null, 2021, "2021-08-31", "before-exclusive"], // 003 L118
      ["trong Quý III năm 2021", "quarter", 2021, 2021, "2021-09-30", null], // 003 L122
      ["trong quý IV năm 2021", "quarter", 2021, 2021, "2021-12-31", null], // 003 L154, lowercase "quý"
      ["trước Quý IV năm 2022", "quarter", null, 2022, "2022-09-30", "before-exclusive"], // 003 L226
      ["trước trong tháng 5 năm 2022", "month", null, 2022, "2022-04-30", "before-exclusive"], // 003 L114 (typo "trước trong")
      ["Trước tháng 1/2022", "month", null, 2021, "2021-12-31", "before-exclusive"],
      ["Trước quý I năm 2022", "quarter", null, 2021, "2021-12-31", "before-exclusive"],
      ["30/6/2022", "date", 2022, 2022, "2022-06-30", null],
      ["ngày 30 tháng 6 năm 2022", "date", 2022, 2022, "2022-06-30", null],
      ["Trước ngày 15/12/2022", "date", null, 2022, "2022-12-14", "before-exclusive"],
      ["Trước ngày 01/01/2023", "date", null, 2022, "2022-12-31", "before-exclusive"],
      ["6 tháng đầu năm 2022", "month", 2022, 2022, "2022-06-30", null],
      ["từ năm 2021 đến năm 2025", "period", 2021, 2025, "2025-12-31", null],
      ["Trước năm 2040", "year", null, 2039, "2039-12-31", "before-exclusive"], // 004 L222 "trước năm 2040"
      ["2023", "year", 2023, 2023, "2023-12-31", null],
      ["Từ năm 2020", "year", 2020, null, null, null], // 002 L654: a start, no end
      ["Thường xuyên", "continuous", 2021, 2030, null, "plan-period"],
      ["Hằng năm", "annual", 2021, 2030, null, "plan-period"],
      ["Hàng năm", "annual", 2021, 2030, null, "plan-period"],
    ])("reads %j", (phrase, kind, from, to, by, convention: string | null) => {
      expect(parseDue(phrase, NQ58)).toEqual({
        text: phrase,
        kind,
        from,
        to,
        by,
        ...(convention !== null ? { convention } : {}),
      });
    });

    it("reads a yearly reporting date as annual with its day and month (004 L408)", () => {
      expect(parseDue("định kỳ ngày 15/11 hàng năm", NQ58)).toEqual({
        text: "định kỳ ngày 15/11 hàng năm",
        kind: "annual",
        from: 2021,
        to: 2030,
        by: null,
        dayMonth: "11-15",
        convention: "plan-period",
      });
    });

    it("reads '15/11 hàng năm' with no plan period as annual with null years", () => {
      expect(parseDue("15/11 hàng năm")).toMatchObject({ kind: "annual", from: null, to: null, dayMonth: "11-15" });
    });

    it("prefers the quarter over a programme period named in the same sentence (003 body L90)", () => {
      const due = parseDue(sourceLine("003-thanhhoa-nq58-2021.txt", 90), NQ58);
      expect(due).toMatchObject({ kind: "quarter", from: 2021, to: 2021, by: "2021-12-31" });
    });
  });

  describe("typos and unclear text", () => {
    it("does not correct the backward range of 002 L426 'Giai đoạn 2021-2020'", () => {
      expect(parseDue("Giai đoạn 2021-2020", { planFrom: 2018, planTo: 2030 })).toEqual({
        text: "Giai đoạn 2021-2020",
        kind: "period",
        from: null,
        to: null,
        by: null,
        ambiguity: { reason: "year_typo", candidates: ["2020-2021", "2021-2025", "2021-2030"] },
      });
    });

    it("flags a month that does not exist", () => {
      expect(parseDue("Tháng 13/2022")).toMatchObject({
        kind: "month",
        by: null,
        ambiguity: { reason: "invalid_date", candidates: ["13/2022"] },
      });
    });

    it("flags a date that does not exist", () => {
      expect(parseDue("31/4/2022")).toMatchObject({ kind: "date", by: null, ambiguity: { reason: "invalid_date" } });
    });

    it("keeps unreadable text and flags it", () => {
      expect(parseDue("Sau khi Trung ương ban hành")).toEqual({
        text: "Sau khi Trung ương ban hành",
        kind: "unspecified",
        from: null,
        to: null,
        by: null,
        ambiguity: { reason: "deadline_unrecognised", candidates: [] },
      });
    });

    it("drops HTML residue from the text it keeps", () => {
      expect(parseDue("<p>Tháng 6/2022</p>")).toEqual({
        text: "Tháng 6/2022",
        kind: "month",
        from: 2022,
        to: 2022,
        by: "2022-06-30",
      });
    });

    it.each([[null], [""], ["   "], ["<b></b>"]])("gives unspecified with nulls for blank %j", (cell) => {
      expect(parseDue(cell)).toEqual({ text: null, kind: "unspecified", from: null, to: null, by: null });
    });
  });

  describe("robustness", () => {
    const lines = SOURCE_FILES.flatMap((file) => sourceLines(file));
    const KINDS = new Set([
      "year",
      "period",
      "quarter",
      "month",
      "date",
      "annual",
      "continuous",
      "vague",
      "unspecified",
    ]);

    it("returns a well-formed Due for every line of the five documents", () => {
      const bad = lines.filter((line) => {
        const due = parseDue(line, NQ58);
        return (
          !KINDS.has(due.kind) ||
          (due.by !== null && !/^\d{4}-\d{2}-\d{2}$/.test(due.by)) ||
          (due.from !== null && due.to !== null && due.from > due.to)
        );
      });
      expect(bad).toEqual([]);
    });

    it("never throws on random text", () => {
      const pieces = [
        "Quý ",
        "IV",
        "/",
        "20",
        "21",
        "tháng ",
        "13",
        "ngày ",
        "31",
        "-",
        "–",
        " ",
        "năm ",
        "trước ",
        "hàng năm",
        "Giai đoạn ",
        "2021-2020",
        "<b>",
        "thường xuyên",
        "\u0301",
        "x",
      ];
      let seed = 11;
      const random = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let round = 0; round < 2000; round += 1) {
        let text = "";
        for (let k = random(20); k > 0; k -= 1) text += pieces[random(pieces.length)];
        expect(() => parseDue(text, NQ58)).not.toThrow();
      }
    });
  });
});
