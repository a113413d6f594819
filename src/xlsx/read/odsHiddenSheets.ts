import type { ZipPackage } from "../package/zipPackage";

/**
 * The sheets an .ods hides. SheetJS reports every .ods sheet as visible; OpenDocument hides a table through its
 * table style (`table:display="false"`), which is read here from content.xml.
 */
export async function odsHiddenSheets(zip: ZipPackage): Promise<Set<string>> {
  const content = (await zip.text("content.xml")) ?? "";
  const hiddenStyles = new Set<string>();
  for (const style of content.matchAll(/<style:style\b[^>]*>[\s\S]*?<\/style:style>/g)) {
    const name = /style:name="([^"]+)"/.exec(style[0])?.[1];
    if (name && /style:family="table"/.test(style[0]) && /table:display="false"/.test(style[0])) hiddenStyles.add(name);
  }
  const hidden = new Set<string>();
  for (const table of content.matchAll(/<table:table\b[^>]*>/g)) {
    const name = /table:name="([^"]+)"/.exec(table[0])?.[1];
    const style = /table:style-name="([^"]+)"/.exec(table[0])?.[1];
    if (name && style && hiddenStyles.has(style)) hidden.add(decodeEntities(name));
  }
  return hidden;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
