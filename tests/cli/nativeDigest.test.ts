import fc from "fast-check";
import { nativeDigest } from "../../src/cli/nativeDigest";
import { sha256Joined } from "../../src/domain/templates/sha256";

describe("nativeDigest", () => {
  it("gives the domain's digest of Vietnamese lines joined by a separator", () => {
    const lines = ["indicators\tthanhhoa|CT|1#1\tTỷ lệ hộ nghèo", "", "leadTasks\t🌾", "ă".repeat(20_000)];
    expect(nativeDigest(lines, "\n")).toBe(sha256Joined(lines, "\n"));
  });

  it("gives the domain's digest of a lone surrogate, which Node alone would write as U+FFFD", () => {
    expect(nativeDigest(["a\ud800b", "\udc00"], "\t")).toBe(sha256Joined(["a\ud800b", "\udc00"], "\t"));
  });

  it("gives the domain's digest of any texts, surrogates and all", () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom("\ud800", "\udc00", "\n", "ư", "🌾"), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))) });
    fc.assert(fc.property(fc.array(text, { maxLength: 8 }), text, (texts, separator) => nativeDigest(texts, separator) === sha256Joined(texts, separator)));
  });
});
