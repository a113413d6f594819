/**
 * SHA-256 in plain TypeScript (FIPS 180-4), so the pure domain can hash catalogues and template content in the
 * browser, the task pane and Node alike, without Node's crypto or the asynchronous Web Crypto API.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/**
 * SHA-256, fed text by text: each piece is encoded as UTF-8 into one fixed buffer and hashed as its blocks fill, so
 * hashing a fingerprint's hundreds of kilobytes allocates no joined copy and no message-sized buffer. The arithmetic
 * stays in signed 32-bit integers (`| 0`), which V8 keeps unboxed; unsigned values above 2^31 would be boxed
 * doubles, several times slower.
 */
class Sha256 {
  private readonly hash = Int32Array.from(INITIAL);
  private readonly w = new Int32Array(64);
  /** Bytes not hashed yet (fewer than 64 between updates), then room for one encoded slice and the padding. */
  private readonly buffer = new Uint8Array(64 + SLICE * 3 + 64);
  private pending = 0;
  private total = 0;

  updateText(text: string): this {
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + SLICE);
      // A surrogate pair is never cut in two: its halves would be written as two lone surrogates.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      this.absorb(encodeUtf8(text, start, end, this.buffer, this.pending));
      start = end;
    }
    return this;
  }

  updateBytes(bytes: Uint8Array): this {
    for (let start = 0; start < bytes.length; start += SLICE * 3) {
      const slice = bytes.subarray(start, start + SLICE * 3);
      this.buffer.set(slice, this.pending);
      this.absorb(slice.length);
    }
    return this;
  }

  /** Pads the message (a 1 bit, zeros, the bit length as a 64-bit big-endian number) and gives 64 hex digits. */
  digest(): string {
    const size = this.pending;
    const length = Math.ceil((size + 9) / 64) * 64;
    this.buffer.fill(0, size, length);
    this.buffer[size] = 0x80;
    const view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    const bits = this.total * 8;
    view.setUint32(length - 8, Math.floor(bits / 0x1_0000_0000));
    view.setUint32(length - 4, bits >>> 0);
    for (let offset = 0; offset < length; offset += 64) this.compress(offset);
    return Array.from(this.hash, (word) => (word >>> 0).toString(16).padStart(8, "0")).join("");
  }

  /** Counts `added` bytes written after the pending ones, hashes every whole block and keeps the rest. */
  private absorb(added: number): void {
    this.total += added;
    const filled = this.pending + added;
    const whole = filled - (filled % 64);
    for (let offset = 0; offset < whole; offset += 64) this.compress(offset);
    this.buffer.copyWithin(0, whole, filled);
    this.pending = filled - whole;
  }

  private compress(offset: number): void {
    const m = this.buffer;
    const w = this.w;
    const hash = this.hash;
    for (let t = 0; t < 16; t++) {
      const i = offset + t * 4;
      w[t] = (m[i]! << 24) | (m[i + 1]! << 16) | (m[i + 2]! << 8) | m[i + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = hash[0]!;
    let b = hash[1]!;
    let c = hash[2]!;
    let d = hash[3]!;
    let e = hash[4]!;
    let f = hash[5]!;
    let g = hash[6]!;
    let h = hash[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    hash[0] = hash[0]! + a;
    hash[1] = hash[1]! + b;
    hash[2] = hash[2]! + c;
    hash[3] = hash[3]! + d;
    hash[4] = hash[4]! + e;
    hash[5] = hash[5]! + f;
    hash[6] = hash[6]! + g;
    hash[7] = hash[7]! + h;
  }
}

/** UTF-16 units encoded per step: at most three bytes each. */
const SLICE = 16_384;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code < 0xdc00;
}

/**
 * Writes the UTF-8 bytes of text[start, end) into `bytes` from `at` and returns how many (the domain has no
 * TextEncoder: it compiles without DOM or Node types). A lone surrogate is written as its own three bytes, as
 * fingerprints have always been computed.
 */
function encodeUtf8(text: string, start: number, end: number, bytes: Uint8Array, at: number): number {
  let n = at;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code < 0x80) bytes[n++] = code;
    else if (code < 0x800) {
      bytes[n++] = 0xc0 | (code >> 6);
      bytes[n++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      bytes[n++] = 0xe0 | (code >> 12);
      bytes[n++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[n++] = 0x80 | (code & 0x3f);
    } else {
      bytes[n++] = 0xf0 | (code >> 18);
      bytes[n++] = 0x80 | ((code >> 12) & 0x3f);
      bytes[n++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[n++] = 0x80 | (code & 0x3f);
    }
  }
  return n - at;
}

/** SHA-256 of bytes, as 64 lowercase hex digits. */
export function sha256Bytes(bytes: Uint8Array): string {
  return new Sha256().updateBytes(bytes).digest();
}

/** SHA-256 of a text's UTF-8 bytes. */
export function sha256Text(text: string): string {
  return new Sha256().updateText(text).digest();
}

/** One SHA-256 computation, fed text by text; `hex` gives the digest of everything fed, as 64 lowercase hex digits. */
export interface TextHasher {
  update(text: string): void;
  hex(): string;
}

/**
 * Starts a SHA-256 of text. The domain hashes in plain TypeScript (domainSha256); a run on a platform with a native
 * hash may hand its own, which must give the same digests: each text's UTF-8 bytes, a lone surrogate as its own
 * three bytes.
 */
export type TextDigest = () => TextHasher;

export const domainSha256: TextDigest = () => {
  const hasher = new Sha256();
  return {
    update: (text) => void hasher.updateText(text),
    hex: () => hasher.digest(),
  };
};

/** A text's UTF-8 bytes as the domain hashes them: a lone surrogate as its own three bytes. */
export function utf8Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 3);
  return bytes.subarray(0, encodeUtf8(text, 0, text.length, bytes, 0));
}

/** sha256Text(texts.join(separator)), without making the joined text. */
export function sha256Joined(texts: readonly string[], separator: string, digest: TextDigest = domainSha256): string {
  const hasher = digest();
  texts.forEach((text, index) => {
    if (index > 0) hasher.update(separator);
    hasher.update(text);
  });
  return hasher.hex();
}

/**
 * JSON with object keys sorted at every level, so that the same data always hashes the same whatever order its
 * fields were written in. Built as one list of pieces joined once: a catalogue runs to megabytes, and joining at
 * every level would copy each piece once per level above it.
 */
export function canonicalJson(value: unknown): string {
  const pieces: string[] = [];
  writeCanonicalJson(value, (piece) => pieces.push(piece));
  return pieces.join("");
}

/** canonicalJson piece by piece, for a hasher to take in as they come: no copy of a catalogue's megabytes is made. */
export function writeCanonicalJson(value: unknown, emit: (piece: string) => void): void {
  if (value === null || typeof value !== "object") {
    emit(JSON.stringify(value) ?? "null");
    return;
  }
  if (Array.isArray(value)) {
    emit("[");
    for (let index = 0; index < value.length; index++) {
      if (index > 0) emit(",");
      // A hole stays empty, as it always hashed.
      if (index in value) writeCanonicalJson(value[index] === undefined ? null : (value[index] as unknown), emit);
    }
    emit("]");
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  emit("{");
  keys.forEach((key, index) => {
    emit(index > 0 ? `,${JSON.stringify(key)}:` : `${JSON.stringify(key)}:`);
    writeCanonicalJson(record[key], emit);
  });
  emit("}");
}
