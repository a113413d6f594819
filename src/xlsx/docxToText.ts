import { ZipPackage } from "./package/zipPackage";
import { wordXmlToText, WordXmlError, type WordXmlProblem } from "./wordXmlToText";

/**
 * The text of a .docx, laid out for the plan importer (see wordXmlToText). It sits with the .xlsx
 * adapter because both read Office Open XML packages through JSZip, in Node and in the browser.
 * A file that is not a Word document, or one built to exhaust the reader (a zip bomb, a DTD, markup
 * that never closes, a billion-column merge), is a result, not an exception: the caller tells the user.
 */
export type DocxProblem = "not_zip" | "not_word_document" | "too_large" | WordXmlProblem;

export type DocxTextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: DocxProblem };

/**
 * Unpacked sizes, checked against what the zip declares before anything is inflated. The plans we know
 * hold well under 5 MB of document XML; the package-wide limits of ZipPackage apply as well.
 */
export const DOCX_LIMITS = {
  documentBytes: 64 * 1024 * 1024,
  /** numbering.xml, styles.xml, the relationship parts. */
  partBytes: 16 * 1024 * 1024,
} as const;

const MAIN_DOCUMENT = /\/officeDocument$/;

/** The target of the first relationship of a type, resolved against the folder of its source part. */
function relationshipTarget(relsXml: string | null, type: RegExp, baseFolder: string): string | null {
  if (relsXml === null) return null;
  for (const match of relsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attributes = match[1] ?? "";
    const typeValue = /\bType="([^"]*)"/.exec(attributes)?.[1] ?? "";
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    if (target === undefined || !type.test(typeValue) || /\bTargetMode="External"/.test(attributes)) continue;
    return resolvePartPath(baseFolder, target);
  }
  return null;
}

function resolvePartPath(baseFolder: string, target: string): string {
  const segments = target.startsWith("/") ? [] : baseFolder.split("/").filter((segment) => segment !== "");
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

export type DocxLimits = { readonly [K in keyof typeof DOCX_LIMITS]: number };

class TooLarge extends Error {}

/** A part's text, refused by its declared size before it is inflated, and by its real size while inflating. */
async function readPart(zip: ZipPackage, path: string | null, limit: number): Promise<string | null> {
  if (path === null || !zip.has(path)) return null;
  const text = await zip.textWithin(path, limit);
  if (text === "too_large") throw new TooLarge();
  return text;
}

async function readDocument(zip: ZipPackage, limits: DocxLimits): Promise<DocxTextResult> {
  const readSmallPart = (path: string | null) => readPart(zip, path, limits.partBytes);
  const documentPath = relationshipTarget(await readSmallPart("_rels/.rels"), MAIN_DOCUMENT, "") ?? "word/document.xml";
  const document = await readPart(zip, documentPath, limits.documentBytes);
  if (document === null || !/<w:document\b/.test(document)) return { ok: false, reason: "not_word_document" };
  const folder = documentPath.includes("/") ? documentPath.slice(0, documentPath.lastIndexOf("/")) : "";
  const name = documentPath.slice(folder.length === 0 ? 0 : folder.length + 1);
  const rels = await readSmallPart(`${folder === "" ? "" : `${folder}/`}_rels/${name}.rels`);
  const numbering = await readSmallPart(relationshipTarget(rels, /\/numbering$/, folder) ?? `${folder}/numbering.xml`);
  const styles = await readSmallPart(relationshipTarget(rels, /\/styles$/, folder) ?? `${folder}/styles.xml`);
  return { ok: true, text: wordXmlToText({ document, numbering, styles }) };
}

export async function docxToText(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<DocxTextResult> {
  const zip = await ZipPackage.open(bytes);
  if (zip === "not_a_zip") return { ok: false, reason: "not_zip" };
  if (zip === "too_large") return { ok: false, reason: "too_large" };
  try {
    return await readDocument(zip, limits);
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: "too_large" };
    if (error instanceof WordXmlError) return { ok: false, reason: error.problem };
    // A part whose data does not inflate (a corrupt or truncated entry).
    return { ok: false, reason: "not_word_document" };
  }
}
