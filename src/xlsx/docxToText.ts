import type JSZip from "jszip";
import { wordXmlToText } from "./wordXmlToText";

/**
 * The text of a .docx, laid out for the plan importer (see wordXmlToText). It sits with the .xlsx
 * adapter because both read Office Open XML packages through JSZip, in Node and in the browser.
 * A file that is not a Word document is a result, not an exception: the caller tells the user.
 */
export type DocxTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: "not_zip" | "not_word_document" };

type JSZipClass = typeof JSZip;

let pending: Promise<JSZipClass> | undefined;

function loadJSZip(): Promise<JSZipClass> {
  pending ??= import(/* webpackChunkName: "jszip" */ "jszip").then(
    (module) => ((module as unknown as { default?: JSZipClass }).default ?? module) as JSZipClass,
  );
  return pending;
}

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

async function readPart(zip: JSZip, path: string | null): Promise<string | null> {
  if (path === null) return null;
  const file = zip.file(path);
  return file === null ? null : file.async("string");
}

export async function docxToText(bytes: Uint8Array): Promise<DocxTextResult> {
  const JSZipClass = await loadJSZip();
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes);
  } catch {
    return { ok: false, reason: "not_zip" };
  }
  const documentPath = relationshipTarget(await readPart(zip, "_rels/.rels"), MAIN_DOCUMENT, "") ?? "word/document.xml";
  const document = await readPart(zip, documentPath);
  if (document === null || !/<w:document\b/.test(document)) return { ok: false, reason: "not_word_document" };
  const folder = documentPath.includes("/") ? documentPath.slice(0, documentPath.lastIndexOf("/")) : "";
  const name = documentPath.slice(folder.length === 0 ? 0 : folder.length + 1);
  const rels = await readPart(zip, `${folder === "" ? "" : `${folder}/`}_rels/${name}.rels`);
  const numbering = await readPart(zip, relationshipTarget(rels, /\/numbering$/, folder) ?? `${folder}/numbering.xml`);
  const styles = await readPart(zip, relationshipTarget(rels, /\/styles$/, folder) ?? `${folder}/styles.xml`);
  return { ok: true, text: wordXmlToText({ document, numbering, styles }) };
}
