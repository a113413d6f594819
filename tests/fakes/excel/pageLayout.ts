import { expectNumber, expectOneOf, expectRecord, expectString } from "./checks";
import type { Resolution } from "./clientObject";
import { FakeClientObject, asExcel, isObjectReference } from "./clientObject";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import { parseLocalAddress } from "./addresses";
import type { SheetState } from "./state";

const ORIENTATIONS = ["Portrait", "Landscape"] as const;
/** The paper sizes the fake knows; Excel knows more (Excel.PaperType), which the adapter never sends. */
const PAPER_SIZES = ["Letter", "Legal", "A3", "A4", "A5"] as const;
const ZOOM_KEYS = ["horizontalFitToPages", "verticalFitToPages", "scale"];
/** Excel's cap on the text of a header or footer (assumed per section; Excel counts all three together). */
const HEADER_FOOTER_MAX = 255;

abstract class PageLayoutPart extends FakeClientObject<SheetState> {
  protected override assertAlive(target: SheetState): void {
    if (target.deleted) throw officeError("ItemNotFound", this.typeName, `sheet "${target.name}" was deleted`);
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): paper, orientation, zoom, print title rows, headers and footers. */
export class FakePageLayout
  extends PageLayoutPart
  implements Pick<Excel.PageLayout, "orientation" | "paperSize" | "zoom" | "setPrintTitleRows" | "headersFooters" | "load">
{
  protected readonly typeName = "PageLayout";
  protected readonly loadable = ["orientation", "paperSize", "zoom"] as const;
  private headersFootersProxy: FakeHeaderFooterGroup | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SheetState>) {
    super(queue, path, resolver);
  }

  protected readScalar(target: SheetState, property: string): unknown {
    switch (property) {
      case "orientation":
        return target.pageLayout.orientation;
      case "paperSize":
        return target.pageLayout.paperSize;
      case "zoom":
        return { ...target.pageLayout.zoom };
      default:
        throw new FakeLimitationError(`PageLayout.${property}`);
    }
  }

  load(argument?: unknown): Excel.PageLayout {
    this.queueLoad(argument);
    return asExcel(this);
  }

  get orientation(): Excel.PageOrientation {
    return this.read("orientation");
  }
  set orientation(orientation: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.write("orientation", orientation, (target, received) => {
      target.pageLayout.orientation = expectOneOf(received, "PageLayout.orientation", ORIENTATIONS);
    });
  }

  get paperSize(): Excel.PaperType {
    return this.read("paperSize");
  }
  set paperSize(paperSize: Excel.PaperType | "A4") {
    this.write("paperSize", paperSize, (target, received) => {
      if (typeof received === "string" && !(PAPER_SIZES as readonly string[]).includes(received)) {
        throw new FakeLimitationError(`PageLayout.paperSize "${received}" is not modelled`);
      }
      target.pageLayout.paperSize = expectOneOf(received, "PageLayout.paperSize", PAPER_SIZES);
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  /**
   * Set as a whole object, as the documentation requires. Fit-to-pages counts are whole numbers from 0 (0: as many
   * pages as needed, as in the file format's fitToHeight="0"); the scale is 10–400 %.
   * Assumption (not verified): a scale together with a fit-to-pages count is InvalidArgument.
   */
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.write("zoom", zoom, (target, received) => {
      const options = expectRecord(received, "PageLayout.zoom");
      const unknown = Object.keys(options).filter((key) => !ZOOM_KEYS.includes(key));
      if (unknown.length > 0) throw officeError("InvalidArgument", "PageLayout.zoom", `unknown options ${unknown.join(", ")}`);
      const fits = ["horizontalFitToPages", "verticalFitToPages"].filter((key) => options[key] !== undefined && options[key] !== null);
      for (const key of fits) {
        const count = expectNumber(options[key], `PageLayout.zoom.${key}`, 0, 32_767);
        if (!Number.isInteger(count)) throw officeError("InvalidArgument", `PageLayout.zoom.${key}`, "not a whole number");
      }
      const scale = options.scale;
      if (scale !== undefined && scale !== null) {
        expectNumber(scale, "PageLayout.zoom.scale", 10, 400);
        if (fits.length > 0) throw officeError("InvalidArgument", "PageLayout.zoom", "a scale and a fit to pages at once");
      }
      target.pageLayout.zoom = { ...(options as Excel.PageLayoutZoomOptions) };
    });
  }

  /** Whole rows only ("$1:$3" or "1:3"), as the documentation requires; a Range object is not modelled. */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.enqueue("PageLayout.setPrintTitleRows", [printTitleRows], (target, [received]) => {
      if (isObjectReference(received)) throw new FakeLimitationError("setPrintTitleRows with a Range object");
      const text = expectString(received, "PageLayout.setPrintTitleRows", 255);
      const match = /^\$?(\d+):\$?(\d+)$/.exec(text);
      const from = Number(match?.[1]);
      const to = Number(match?.[2]);
      if (!match || from < 1 || to < from || to > 1_048_576) {
        throw officeError("InvalidArgument", "PageLayout.setPrintTitleRows", `"${text}" is not a range of whole rows`);
      }
      target.pageLayout.printTitleRows = `$${from}:$${to}`;
    });
  }

  get headersFooters(): Excel.HeaderFooterGroup {
    this.headersFootersProxy ??= new FakeHeaderFooterGroup(this.queue, `${this.fakeObjectPath}.headersFooters`, () => this.resolve());
    return asExcel(this.headersFootersProxy);
  }
}

export class FakeHeaderFooterGroup extends PageLayoutPart implements Pick<Excel.HeaderFooterGroup, "defaultForAllPages"> {
  protected readonly typeName = "HeaderFooterGroup";
  protected readonly loadable: readonly string[] = [];
  private defaultProxy: FakeHeaderFooter | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SheetState>) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: SheetState, property: string): unknown {
    throw new FakeLimitationError(`HeaderFooterGroup.${property}`);
  }

  /** The header and footer of every page (the group's state "Default"; other states are not modelled). */
  get defaultForAllPages(): Excel.HeaderFooter {
    this.defaultProxy ??= new FakeHeaderFooter(this.queue, `${this.fakeObjectPath}.defaultForAllPages`, () => this.resolve());
    return asExcel(this.defaultProxy);
  }
}

const FOOTER_SECTIONS = { leftFooter: "left", centerFooter: "center", rightFooter: "right" } as const;
type FooterProperty = keyof typeof FOOTER_SECTIONS;

/** The footer sections of HeaderFooter; headers are not modelled. Texts use Excel's codes ("&P"), stored as given. */
export class FakeHeaderFooter
  extends PageLayoutPart
  implements Pick<Excel.HeaderFooter, "leftFooter" | "centerFooter" | "rightFooter" | "load">
{
  protected readonly typeName = "HeaderFooter";
  protected readonly loadable = Object.keys(FOOTER_SECTIONS);

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SheetState>) {
    super(queue, path, resolver);
  }

  protected readScalar(target: SheetState, property: string): unknown {
    if (property in FOOTER_SECTIONS) return target.pageLayout.footer[FOOTER_SECTIONS[property as FooterProperty]];
    throw new FakeLimitationError(`HeaderFooter.${property}`);
  }

  load(argument?: unknown): Excel.HeaderFooter {
    this.queueLoad(argument);
    return asExcel(this);
  }

  private setSection(property: FooterProperty, text: string): void {
    this.write(property, text, (target, received) => {
      target.pageLayout.footer[FOOTER_SECTIONS[property]] = expectString(received, `HeaderFooter.${property}`, HEADER_FOOTER_MAX);
    });
  }

  get leftFooter(): string {
    return this.read("leftFooter");
  }
  set leftFooter(text: string) {
    this.setSection("leftFooter", text);
  }

  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(text: string) {
    this.setSection("centerFooter", text);
  }

  get rightFooter(): string {
    return this.read("rightFooter");
  }
  set rightFooter(text: string) {
    this.setSection("rightFooter", text);
  }
}

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): add puts a manual break above the top row of the range given, which
 * starts a page there; removePageBreaks removes every manual break. A Range object, vertical breaks and reading the
 * collection are not modelled. Assumption (not verified): a break above row 1 is InvalidArgument, as Excel's Page
 * Break command does nothing there; a second break at the same row is kept once.
 */
export class FakePageBreakCollection
  extends PageLayoutPart
  implements Pick<Excel.PageBreakCollection, "add" | "removePageBreaks">
{
  protected readonly typeName = "PageBreakCollection";
  protected readonly loadable: readonly string[] = [];

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SheetState>) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: SheetState, property: string): unknown {
    throw new FakeLimitationError(`PageBreakCollection.${property}`);
  }

  add(pageBreakRange: Excel.Range | string): Excel.PageBreak {
    this.enqueue("PageBreakCollection.add", [pageBreakRange], (target, [received]) => {
      if (isObjectReference(received)) throw new FakeLimitationError("PageBreakCollection.add with a Range object");
      const rect = parseLocalAddress(expectString(received, "PageBreakCollection.add", 255));
      if (!rect) throw officeError("InvalidArgument", "PageBreakCollection.add", `"${String(received)}" is not an address`);
      if (rect.row === 0) throw officeError("InvalidArgument", "PageBreakCollection.add", "no break above row 1");
      const row = rect.row + 1;
      if (!target.pageLayout.rowBreaks.includes(row)) target.pageLayout.rowBreaks = [...target.pageLayout.rowBreaks, row].sort((a, b) => a - b);
    });
    return asExcel(new FakePageBreak(this.queue, `${this.fakeObjectPath}.added`, () => this.resolve()));
  }

  removePageBreaks(): void {
    this.enqueue("PageBreakCollection.removePageBreaks", [], (target) => {
      target.pageLayout.rowBreaks = [];
    });
  }
}

/** What add returns; the adapter does not use it, so nothing of it is modelled. */
class FakePageBreak extends PageLayoutPart {
  protected readonly typeName = "PageBreak";
  protected readonly loadable: readonly string[] = [];

  protected readScalar(_target: SheetState, property: string): unknown {
    throw new FakeLimitationError(`PageBreak.${property}`);
  }
}
