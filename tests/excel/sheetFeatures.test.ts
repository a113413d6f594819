import { outlineDepth, toDataValidationRule, toErrorAlert, toPrompt } from "../../src/excel/sheetFeatures";

describe("outlineDepth", () => {
  it.each([
    [[], 0],
    [[{ from: 4, to: 12 }, { from: 14, to: 22 }], 1],
    [[{ from: 4, to: 9 }, { from: 4, to: 5 }, { from: 7, to: 8 }], 2],
    [[{ from: 4, to: 5 }, { from: 6, to: 7 }], 1],
  ])("counts the deepest nesting of %j as %i", (groups, depth) => {
    expect(outlineDepth(groups)).toBe(depth);
  });
});

describe("toDataValidationRule", () => {
  it.each([
    [{ kind: "list", source: "=DanhMuc!$A$1:$A$9" }, { list: { inCellDropDown: true, source: "=DanhMuc!$A$1:$A$9" } }],
    [{ kind: "wholeNumber", min: 2015, max: 2050 }, { wholeNumber: { operator: "Between", formula1: 2015, formula2: 2050 } }],
    [{ kind: "wholeNumber", max: 100 }, { wholeNumber: { operator: "LessThanOrEqualTo", formula1: 100 } }],
    [{ kind: "decimal" }, { decimal: { operator: "GreaterThanOrEqualTo", formula1: -1e307 } }],
    [
      { kind: "date", min: "2017-01-01", max: "2030-12-31" },
      { date: { operator: "Between", formula1: "2017-01-01", formula2: "2030-12-31" } },
    ],
    [{ kind: "textLength", max: 500 }, { textLength: { operator: "LessThanOrEqualTo", formula1: 500 } }],
    [{ kind: "custom", formula: "LEN(D3)<=20" }, { custom: { formula: "=LEN(D3)<=20" } }],
  ] as const)("maps %j to the Office.js rule", (rule, expected) => {
    expect(toDataValidationRule(rule)).toEqual(expected);
  });
});

describe("toPrompt and toErrorAlert", () => {
  it("shorten texts to Excel's limits so one long message cannot fail the whole request", () => {
    const title = "Cơ quan chủ trì thực hiện nhiệm vụ của kế hoạch";
    expect(toPrompt({ title, message: "x".repeat(300) })).toEqual({
      showPrompt: true,
      title: `${title.slice(0, 31)}…`,
      message: `${"x".repeat(254)}…`,
    });
    expect(toErrorAlert({ title: "Sai", message: "y".repeat(300), style: "warning" })).toEqual({
      showAlert: true,
      style: "Warning",
      title: "Sai",
      message: `${"y".repeat(224)}…`,
    });
  });
});
