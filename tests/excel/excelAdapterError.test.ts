import { ExcelAdapterError, toExcelAdapterError } from "../../src/excel/excelAdapterError";

describe("toExcelAdapterError", () => {
  it("keeps the code of an Office error and says where it happened", () => {
    const office = { name: "RichApi.Error", code: "InvalidArgument", message: "The argument is invalid.", debugInfo: { errorLocation: "Range.values" } };

    const error = toExcelAdapterError(office);

    expect(error).toBeInstanceOf(ExcelAdapterError);
    expect(error).toMatchObject({ code: "InvalidArgument", message: "The argument is invalid. (Range.values)", cause: office });
  });

  it("passes an ExcelAdapterError through and marks anything else Unknown", () => {
    const own = new ExcelAdapterError("InvalidValue", "NaN");
    expect(toExcelAdapterError(own)).toBe(own);
    expect(toExcelAdapterError(new TypeError("boom"))).toMatchObject({ code: "Unknown", message: "boom" });
  });
});
