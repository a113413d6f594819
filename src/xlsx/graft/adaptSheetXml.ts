import type { StyleMaps } from "./mergeStyles";

/**
 * Makes a sheet written in a scratch package fit the user's workbook: its shared strings become inline strings (so
 * the user's string table is not touched), its style indexes point at where mergeStyles put its styles, its grouped
 * rows are not marked collapsed, and it is no longer a selected tab (two selected tabs would group sheets in Excel).
 */
export function adaptSheetXml(xml: string, sharedStrings: readonly string[], maps: StyleMaps): string {
  return xml
    .replace(/<c ([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_whole, attributes: string, _end: string, content?: string) =>
      adaptCell(attributes, content, sharedStrings, maps),
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

function adaptCell(attributes: string, content: string | undefined, sharedStrings: readonly string[], maps: StyleMaps): string {
  const styled = remap(attributes, "s", maps.cellXfs);
  if (content === undefined) return `<c ${styled}/>`;
  if (!/\bt="s"/.test(styled)) return `<c ${styled}>${content}</c>`;
  const index = /<v>(\d+)<\/v>/.exec(content);
  const item = index ? sharedStrings[Number(index[1])] : undefined;
  if (item === undefined) return `<c ${styled}>${content}</c>`;
  return `<c ${styled.replace(/\bt="s"/, 't="inlineStr"')}><is>${item}</is></c>`;
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
