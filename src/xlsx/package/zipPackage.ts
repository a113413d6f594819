import JSZip from "jszip";

/** Limits that keep a hostile file (a zip bomb) from exhausting memory before we read a single cell. */
export const PACKAGE_LIMITS = {
  /** Sum of every part, unpacked. */
  totalBytes: 400 * 1024 * 1024,
  /** One part, unpacked. */
  partBytes: 200 * 1024 * 1024,
  parts: 20_000,
} as const;

export type PackageProblem = "too_large" | "not_a_zip";

/** A zip package held in memory: the parts are inflated only when read. */
export class ZipPackage {
  private constructor(private readonly zip: JSZip) {}

  /** Opens the central directory only; refuses packages whose declared sizes pass the limits. */
  static async open(bytes: Uint8Array): Promise<ZipPackage | PackageProblem> {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    } catch {
      return "not_a_zip";
    }
    const entries = Object.values(zip.files);
    if (entries.length > PACKAGE_LIMITS.parts) return "too_large";
    let total = 0;
    for (const entry of entries) {
      const size = declaredSize(entry);
      if (size > PACKAGE_LIMITS.partBytes) return "too_large";
      total += size;
    }
    return total > PACKAGE_LIMITS.totalBytes ? "too_large" : new ZipPackage(zip);
  }

  static empty(): ZipPackage {
    return new ZipPackage(new JSZip());
  }

  /** The unpacked size the central directory declares for the parts whose path passes `include`. */
  declaredBytes(include: (path: string) => boolean): number {
    return Object.values(this.zip.files)
      .filter((entry) => !entry.dir && include(entry.name))
      .reduce((sum, entry) => sum + declaredSize(entry), 0);
  }

  has(path: string): boolean {
    const entry = this.zip.file(path);
    return entry !== null && !entry.dir;
  }

  paths(): string[] {
    return Object.values(this.zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name);
  }

  async text(path: string): Promise<string | null> {
    const entry = this.zip.file(path);
    return entry ? entry.async("string") : null;
  }

  /**
   * A part's text, inflated chunk by chunk and abandoned once past `maxBytes`: a zip whose directory understates
   * a part's size (the declared-size check above trusts it) still cannot make us hold more than the limit.
   */
  async textWithin(path: string, maxBytes: number): Promise<string | null | "too_large"> {
    const entry = this.zip.file(path);
    if (!entry) return null;
    if (declaredSize(entry) > maxBytes) return "too_large";
    const stream = (
      entry as unknown as { internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> }
    ).internalStream("uint8array");
    return new Promise((resolve, reject) => {
      const decoder = new TextDecoder("utf-8");
      const parts: string[] = [];
      let total = 0;
      stream
        .on("data", (chunk) => {
          total += chunk.length;
          if (total > maxBytes) {
            stream.pause();
            resolve("too_large");
          } else parts.push(decoder.decode(chunk, { stream: true }));
        })
        .on("error", reject)
        .on("end", () => resolve(parts.join("") + decoder.decode()))
        .resume();
    });
  }

  async bytes(path: string): Promise<Uint8Array | null> {
    const entry = this.zip.file(path);
    return entry ? entry.async("uint8array") : null;
  }

  put(path: string, data: string | Uint8Array): void {
    this.zip.file(path, data);
  }

  remove(path: string): void {
    this.zip.remove(path);
  }

  async toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  const folder = slash >= 0 ? partPath.slice(0, slash + 1) : "";
  return `${folder}_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * Resolves a relationship target against the part that holds it. Targets may be relative ("worksheets/sheet1.xml",
 * "../drawings/drawing1.xml") or absolute from the package root ("/xl/comments/comment1.xml", as openpyxl writes).
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target);
  const slash = sourcePart.lastIndexOf("/");
  const base = decoded.startsWith("/") ? [] : sourcePart.slice(0, Math.max(slash, 0)).split("/").filter(Boolean);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The shortest target from one part to another, in the relative form every program reads. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
