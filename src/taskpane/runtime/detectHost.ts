/** The lowest Excel JavaScript API set the add-in needs; manifest.xml declares the same. */
export const REQUIRED_EXCEL_API = "1.10";

export type HostDetection =
  | { readonly kind: "excel" }
  | { readonly kind: "excel-too-old"; readonly required: string }
  | { readonly kind: "standalone"; readonly reason: "office-unavailable" | "not-excel" };

/** The part of the Office global that detection reads; tests pass a stand-in. */
export interface OfficeForDetection {
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
  readonly context: { readonly requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> };
  readonly HostType: { readonly Excel: Office.HostType };
}

/**
 * Decides where the pane runs. office.js missing (no network) or a plain browser means standalone mode;
 * an Excel without ExcelApi REQUIRED_EXCEL_API is reported so the pane can say so and offer standalone mode.
 */
export async function detectHost(office: OfficeForDetection | undefined, timeoutMs = 5000): Promise<HostDetection> {
  if (!office) return { kind: "standalone", reason: "office-unavailable" };
  const info = await Promise.race([
    office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info || info.host !== office.HostType.Excel) return { kind: "standalone", reason: info ? "not-excel" : "office-unavailable" };
  if (!office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
    return { kind: "excel-too-old", required: REQUIRED_EXCEL_API };
  }
  return { kind: "excel" };
}
