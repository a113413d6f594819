import type { StyleMaps } from "./mergeStyles";

/** The index of a cell format like the given one that carries the quote prefix (StyleEditor.withQuotePrefix). */
export type QuotePrefixStyle = (format: number) => number;

/**
 * Makes a sheet written in a scratch package fit the user's workbook: its shared strings become inline strings (so
 * the user's string table is not touched), its style indexes point at where mergeStyles put its styles, text that
 * starts like a formula carries the quote prefix, its grouped rows are not marked collapsed, and it is no longer a
 * selected tab (two selected tabs would group sheets in Excel).
 */
export function adaptSheetXml(xml: string, sharedStrings: readonly string[], maps: StyleMaps, quoted: QuotePrefixStyle): string {
  return xml
    .replace(/<c ([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_whole, attributes: string, _end: string, content?: string) =>
      adaptCell(attributes, content, sharedStrings, maps, quoted),
    )
    // exceljs marks every grouped row collapsed; the add-in writes groups open, and Excel would show them as closed.
    .replace(/<row ([^>]*)>/g, (_whole, attributes: string) => `<row ${remap(attributes, "s", maps.cellXfs).replace(/\s+collapsed="(1|true)"/, "")}>`)
    .replace(/<col ([^>]*)\/>/g, (_whole, attributes: string) => `<col ${remap(attributes, "style", maps.cellXfs)}/>`)
    .replace(/\bdxfId="(\d+)"/g, (whole, id: string) => {
      const mapped = maps.dxfs.get(Number(id));
      return mapped === undefined ? whole : `dxfId="${mapped}"`;
    })
    .replace(/\stabSelected="(1|true)"/g, "");
}

function adaptCell(
  attributes: string,
  content: string | undefined,
  sharedStrings: readonly string[],
  maps: StyleMaps,
  quoted: QuotePrefixStyle,
): string {
  const styled = remap(attributes, "s", maps.cellXfs);
  if (content === undefined) return `<c ${styled}/>`;
  if (!/\bt="s"/.test(styled)) return `<c ${styled}>${content}</c>`;
  const index = /<v>(\d+)<\/v>/.exec(content);
  const item = index ? sharedStrings[Number(index[1])] : undefined;
  if (item === undefined) return `<c ${styled}>${content}</c>`;
  const inline = styled.replace(/\bt="s"/, 't="inlineStr"');
  return `<c ${markupStartsLikeFormula(item) ? withQuotePrefix(inline, quoted) : inline}><is>${keepCarriageReturns(item)}</is></c>`;
}

function withQuotePrefix(attributes: string, quoted: QuotePrefixStyle): string {
  const style = /\bs="(\d+)"/.exec(attributes);
  if (!style) return `${attributes} s="${quoted(0)}"`;
  return attributes.replace(/\bs="\d+"/, `s="${quoted(Number(style[1]))}"`);
}

/** Whether a string item's text (markup) starts with "=", "+", "-", "@", a tab or a carriage return, escaped or not. */
export function markupStartsLikeFormula(item: string): boolean {
  const text = /^(?:<r>(?:<rPr>[\s\S]*?<\/rPr>)?)?<t(?:\s[^>]*)?>([^<]{0,8})/.exec(item)?.[1] ?? "";
  return /^(?:[=+\-@\t\r]|&#(?:9|13|x0*9|x0*[dD]);|_x000[9dD]_)/.test(text);
}

/** A raw carriage return would become a line feed when the XML is read: written as a reference it stays itself. */
function keepCarriageReturns(markup: string): string {
  return markup.includes("\r") ? markup.replace(/\r/g, "&#13;") : markup;
}

function remap(attributes: string, name: string, map: ReadonlyMap<number, number>): string {
  return attributes.replace(new RegExp(`\\b${name}="(\\d+)"`), (whole, id: string) => {
    const mapped = map.get(Number(id));
    return mapped === undefined ? whole : `${name}="${mapped}"`;
  });
}

/** The inner markup of each <si> of a shared-string part: plain <t> or rich-text runs, both valid inside <is>. */
export function sharedStringItems(xml: string | null): string[] {
  if (xml === null) return [];
  const items: string[] = [];
  for (const match of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) items.push(match[1] ?? "<t></t>");
  return items;
}
