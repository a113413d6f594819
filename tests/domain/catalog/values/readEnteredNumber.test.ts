import fc from "fast-check";
import { formatNumberVi } from "../../../../src/domain/text/vietnameseFormat";
import {
  readEnteredNumber,
} from "../../../../src/domain/catalog/values/parseVietnameseNumber";

describe("readEnteredNumber", () => {
  it.each([
    ["1.234,5", 1234.5, "vietnamese"],
    ["1.234.567", 1234567, "vietnamese"],
    ["1 234,5", 1234.5, "vietnamese"],
    ["1\u00a0234\u00a0567", 1234567, "plain"],
    ["12,5", 12.5, "vietnamese"],
    ["0,234", 0.234, "vietnamese"],
    ["1234,5", 1234.5, "vietnamese"],
    ["1,234.5", 1234.5, "english"],
    ["1,234,567", 1234567, "english"],
    ["12.5", 12.5, "english"],
    ["0.234", 0.234, "english"],
    ["12 345.25", 12345.25, "english"],
    ["45", 45, "plain"],
    ["-3,5", -3.5, "vietnamese"],
    ["\u2212 7", -7, "plain"],
  ])("reads %j as %d in the %s way", (text, value, style) => {
    expect(readEnteredNumber(text)).toEqual({ kind: "number", value, percent: false, style });
  });

  it.each([
    ["12,5%", 12.5],
    ["45 %", 45],
    ["12.5%", 12.5],
    ["100%", 100],
  ])("reads %j as %d percent points", (text, value) => {
    expect(readEnteredNumber(text)).toEqual(expect.objectContaining({ kind: "number", value, percent: true }));
  });

  it("reports 1.234 as ambiguous between a thousand (Vietnamese) and a decimal (English)", () => {
    expect(readEnteredNumber("1.234")).toEqual({ kind: "ambiguous", readings: [1234, 1.234], percent: false });
  });

  it("reports 1,234 as ambiguous between a decimal (Vietnamese) and a thousand (English)", () => {
    expect(readEnteredNumber("1,234")).toEqual({ kind: "ambiguous", readings: [1.234, 1234], percent: false });
  });

  it("keeps the sign and the percent of an ambiguous number", () => {
    expect(readEnteredNumber("-12,345%")).toEqual({ kind: "ambiguous", readings: [-12.345, -12345], percent: true });
  });

  it.each(["", "abc", "45 ha", "1.2.3", "1,2,3", "1.234,5.6", "12,5,", "1 23", "--5", "1e5", "%"])(
    "gives not_a_number for %j",
    (text) => {
      expect(readEnteredNumber(text)).toEqual({ kind: "not_a_number" });
    },
  );

  /** Numbers as officers type them: up to a trillion, up to six decimals (no exponent notation). */
  const typedNumber = fc
    .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
    .map(([units, decimals]) => units / 10 ** decimals);

  it("reads back every number written the Vietnamese way; only a single group of three without decimals is ambiguous", () => {
    fc.assert(
      fc.property(typedNumber, (value) => {
        const text = formatNumberVi(value, { exact: true });
        const read = readEnteredNumber(text);
        if (read.kind === "ambiguous") {
          expect(text).toMatch(/^-?[1-9]\d{0,2}\.\d{3}$/);
          expect(read.readings[0]).toBe(value);
        } else {
          expect(read).toEqual({ kind: "number", value: value === 0 ? 0 : value, percent: false, style: expect.any(String) });
        }
      }),
    );
  });

  it("reads back what the runtime's vi-VN and en-US formats write, in the reading of each convention", () => {
    const vi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });
    const en = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (units, decimals) => {
        const value = units / 10 ** decimals;
        const [viRead, enRead] = [readEnteredNumber(vi.format(value)), readEnteredNumber(en.format(value))];
        expect(viRead.kind === "ambiguous" ? viRead.readings[0] : viRead.kind === "number" ? viRead.value : null).toBe(value === 0 ? 0 : value);
        expect(enRead.kind === "ambiguous" ? enRead.readings[1] : enRead.kind === "number" ? enRead.value : null).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,% -\u00a0+abc".split("")), maxLength: 20 }), (text) => {
        expect(() => readEnteredNumber(text)).not.toThrow();
      }),
    );
  });
});

describe("formatNumberVi, exact", () => {
  it.each([
    [1234.5, "1.234,5"],
    [1234567, "1.234.567"],
    [-0.25, "-0,25"],
    [100, "100"],
  ])("writes %d as %j", (value, text) => {
    expect(formatNumberVi(value, { exact: true })).toBe(text);
  });
});
