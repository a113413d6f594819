import { createHash } from "node:crypto";
import fc from "fast-check";
import { canonicalJson, sha256Bytes, sha256Joined, sha256Text } from "../../../src/domain/templates/sha256";

describe("sha256Text", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
  ])("gives the FIPS 180-4 digest of %j", (text, digest) => {
    expect(sha256Text(text)).toBe(digest);
  });

  it("agrees with Node's crypto on Vietnamese text, an emoji and messages around the 64-byte block edges", () => {
    const texts = ["Sở Nông nghiệp và Môi trường", "Nhận từ Sở NN&PTNT 🌾", ...[55, 56, 63, 64, 65, 119, 1000].map((n) => "ă".repeat(n))];
    for (const text of texts) expect(sha256Text(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });

  it("writes a lone surrogate as its own three bytes, as fingerprints always have, and a pair as one four-byte character", () => {
    expect(sha256Text("a\ud800b")).toBe(createHash("sha256").update(Uint8Array.from([0x61, 0xed, 0xa0, 0x80, 0x62])).digest("hex"));
    expect(sha256Text("\ud83c\udf3e")).toBe(createHash("sha256").update("🌾", "utf8").digest("hex"));
  });

  it("agrees with Node's crypto when a surrogate pair straddles the pieces a long text is hashed in", () => {
    for (const before of [16_383, 16_384, 49_151]) {
      const text = `${"ă".repeat(before)}🌾${"x".repeat(100)}`;
      expect(sha256Text(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });

  it("hashes texts joined by a separator as the joined text, and bytes of any length as Node does", () => {
    const lines = ["indicators\tthanhhoa|CT|1#1\tTỷ lệ", "", "leadTasks\t🌾", "ă".repeat(20_000)];
    expect(sha256Joined(lines, "\n")).toBe(sha256Text(lines.join("\n")));
    const bytes = Uint8Array.from({ length: 150_000 }, (_, n) => (n * 31) % 256);
    expect(sha256Bytes(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("agrees with Node's crypto on a text of many blocks", () => {
    const text = Array.from({ length: 2000 }, (_, n) => `thanhhoa|NV|${n}\tHoàn thành ${n * 7}`).join("\n");
    expect(sha256Text(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});

describe("canonicalJson", () => {
  it("writes the same text for the same data whatever the order of its keys", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it("leaves out undefined fields, as JSON does", () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it("writes sorted keys with no space, nested at any depth, for any JSON data", () => {
    // The definition it has always had, level by level: a catalogue's hash must not change with the implementation.
    const byLevel = (value: unknown): string => {
      if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
      if (Array.isArray(value)) return `[${value.map((item: unknown) => byLevel(item === undefined ? null : item)).join(",")}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${byLevel(record[key])}`).join(",")}}`;
    };
    fc.assert(fc.property(fc.jsonValue(), (value) => canonicalJson(value) === byLevel(value)));
  });

  it("writes an array's missing items as null, as JSON does", () => {
    expect(canonicalJson([1, undefined, { a: undefined }])).toBe("[1,null,{}]");
  });
});
