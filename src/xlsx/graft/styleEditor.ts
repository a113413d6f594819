import type { Document } from "@xmldom/xmldom";
import type { WorkbookPackage } from "../package/workbookPackage";
import { parseXml } from "../package/xmlParts";
import { argb } from "./argb";
import { mergeStyles } from "./mergeStyles";

/**
 * Cell formats derived from existing ones (with a solid fill, with the quote prefix), added through the same merge
 * that grafts our sheets' styles, so an identical format is reused rather than added again.
 */
export class StyleEditor {
  private text = "";
  private part: string | null = null;
  /** The style sheet parsed once per change, and the fills already made: marks repeat a few colours over many cells. */
  private parsed: Document | null = null;
  private readonly made = new Map<string, number>();

  constructor(private readonly pkg: WorkbookPackage) {}

  async load(): Promise<void> {
    this.part = this.pkg.stylesPart();
    this.text = this.part ? ((await this.pkg.zip.text(this.part)) ?? "") : "";
    if (!this.part || this.text === "") throw new Error("A workbook without a style sheet");
  }

  /** The index of a format like `base` but with a solid fill of `colour`. */
  withFill(base: number, colour: string): number {
    const key = `${base}|${colour.toUpperCase()}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const bare = this.xfMarkup(base).replace(/\s(applyFill|fillId)="[^"]*"/g, "");
    const withFill = bare.replace(/^<xf\b/, '<xf fillId="0" applyFill="1"');
    const index = this.merge(
      `<fills count="1"><fill><patternFill patternType="solid"><fgColor rgb="${argb(colour)}"/><bgColor indexed="64"/></patternFill></fill></fills><cellXfs count="1">${withFill}</cellXfs>`,
    );
    this.made.set(key, index);
    return index;
  }

  /**
   * The index of a format like `base` that carries the quote prefix: its text stays text when someone edits it, as
   * if typed after an apostrophe (SheetSpec's text-safety rule).
   */
  withQuotePrefix(base: number): number {
    const key = `${base}|quote`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const copy = this.xfMarkup(base);
    if (/\squotePrefix="(1|true)"/.test(copy)) return base;
    const quoted = copy.replace(/\squotePrefix="[^"]*"/g, "").replace(/^<xf\b/, '<xf quotePrefix="1"');
    const index = this.merge(`<cellXfs count="1">${quoted}</cellXfs>`);
    this.made.set(key, index);
    return index;
  }

  /** The solid fill colour (ARGB) of a cell format, or null. */
  fillOf(index: number): string | null {
    const document = this.document();
    const xf = document.getElementsByTagNameNS("*", "cellXfs")[0]?.getElementsByTagNameNS("*", "xf")[index];
    const fillId = Number(xf?.getAttribute("fillId") ?? 0);
    const fill = document.getElementsByTagNameNS("*", "fills")[0]?.getElementsByTagNameNS("*", "fill")[fillId];
    return fill?.getElementsByTagNameNS("*", "fgColor")[0]?.getAttribute("rgb")?.toUpperCase() ?? null;
  }

  save(): void {
    if (this.part) this.pkg.zip.put(this.part, this.text);
  }

  /** One cell format's markup, without namespace declarations; a plain format when the index is past the list. */
  private xfMarkup(index: number): string {
    const xf = this.document().getElementsByTagNameNS("*", "cellXfs")[0]?.getElementsByTagNameNS("*", "xf")[index];
    return xf ? xf.toString().replace(/\sxmlns(:\w+)?="[^"]*"/g, "") : '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
  }

  /** Merges a style sheet of these lists into the workbook's; returns where its one cell format landed. */
  private merge(lists: string): number {
    const merged = mergeStyles(this.text, `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${lists}</styleSheet>`);
    this.text = merged.styles;
    this.parsed = null;
    return merged.maps.cellXfs.get(0)!;
  }

  private document(): Document {
    this.parsed ??= parseXml(this.text);
    return this.parsed;
  }
}
