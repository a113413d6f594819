import fc from "fast-check";
import { nativeDigest } from "../../src/cli/nativeDigest";
import { domainSha256, sha256Joined, type TextDigest } from "../../src/domain/templates/sha256";

/** Each text fed in turn, as the domain feeds catalogues piece by piece and fingerprints line by line. */
function digestOf(digest: TextDigest, texts: readonly string[]): string {
  const hasher = digest();
  for (const text of texts) hasher.update(text);
  return hasher.hex();
}

describe("nativeDigest", () => {
  it("gives the domain's digest of Vietnamese lines joined by a separator", () => {
    const lines = ["indicators\tthanhhoa|CT|1#1\tTỷ lệ hộ nghèo", "", "leadTasks\t🌾", "ă".repeat(100_000)];
    expect(sha256Joined(lines, "\n", nativeDigest)).toBe(sha256Joined(lines, "\n"));
  });

  it("gives the domain's digest of lone surrogates, which Node alone would write as U+FFFD", () => {
    const texts = ["a\ud800b", "\udc00", "x\ud83c", "\udf3ey", "🌾"];
    expect(digestOf(nativeDigest, texts)).toBe(digestOf(domainSha256, texts));
  });

  it("gives the domain's digest of any texts fed in any pieces, surrogates and all", () => {
    const unit = fc.oneof(fc.constantFrom("\ud800", "\udc00", "\n", "ư", "🌾"), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)));
    const text = fc.oneof(fc.string({ unit }), fc.string({ unit, minLength: 20_000, maxLength: 40_000 }));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (texts) => digestOf(nativeDigest, texts) === digestOf(domainSha256, texts)),
      { numRuns: 200 },
    );
  });
});
