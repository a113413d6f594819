import type { Agency } from "../catalog/agency";
import type { AgencyId } from "../catalog/types";
import type { CellValue } from "../grid/cellValue";
import type { SheetSpec } from "../sheet/sheetSpec";
import { csvText } from "../text/csvCell";
import { foldForSearch } from "../text/foldForSearch";
import type { PendingDuty } from "./distributeDuties";

/** Who gets which file: the list an officer sends the templates out with. */

export interface CoverEntry {
  readonly agency: Agency;
  /** The file the agency receives, or null when nothing in the plans is assigned to it. */
  readonly file: string | null;
  readonly counts: { readonly indicators: number; readonly leadTasks: number; readonly partnerTasks: number } | null;
  /** Short names of the bodies whose duties it carries. */
  readonly inheritedFrom: readonly string[];
}

const HEADER = ["Mã cơ quan", "Cơ quan", "Tệp mẫu biểu", "Chỉ tiêu", "Nhiệm vụ chủ trì", "Nhiệm vụ phối hợp", "Ghi chú"] as const;

export function coverListRows(
  entries: readonly CoverEntry[],
  pending: readonly (PendingDuty & { readonly suggestion?: { readonly agency: AgencyId } | null })[],
  name: (id: AgencyId) => string,
): CellValue[][] {
  const rows: CellValue[][] = [[...HEADER]];
  for (const entry of entries) {
    const note = entry.file
      ? entry.inheritedFrom.length > 0
        ? `Gồm nhiệm vụ nhận từ: ${entry.inheritedFrom.join("; ")}`
        : null
      : "Không có chỉ tiêu, nhiệm vụ nào trong các kế hoạch đã chọn: không gửi mẫu biểu";
    rows.push([entry.agency.id, entry.agency.name, entry.file, entry.counts?.indicators ?? 0, entry.counts?.leadTasks ?? 0, entry.counts?.partnerTasks ?? 0, note]);
  }
  for (const duty of pending) {
    rows.push([
      duty.from,
      name(duty.from),
      null,
      null,
      null,
      null,
      `Chưa phân giao ${duty.kind === "target" ? "chỉ tiêu" : "nhiệm vụ"} ${duty.code} (${duty.planId}, ${duty.role === "lead" ? "chủ trì" : "phối hợp"}): chọn một trong ${duty.candidates.map(name).join("; ")}${
        duty.suggestion ? `; gợi ý theo nội dung: ${name(duty.suggestion.agency)}` : ""
      }`,
    ]);
  }
  return rows;
}

/** CSV (RFC 4180) with a byte order mark, so that Excel opens the Vietnamese text as UTF-8; agency names stay data. */
export function coverListCsv(rows: readonly (readonly CellValue[])[]): string {
  return csvText(rows);
}

export function coverListSheet(name: string, rows: readonly (readonly CellValue[])[]): SheetSpec {
  return {
    name,
    values: rows,
    columns: [{ width: 22 }, { width: 45, wrap: true }, { width: 30 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 60, wrap: true }],
    freeze: { rows: 1, columns: 0 },
    styles: [{ address: "A1:G1", bold: true, fill: "#0F6C5A", fontColor: "#FFFFFF", wrap: true }],
  };
}

/** "Sở NN&MT", 2026 → "so-nn-mt-2026.xlsx"; a name already taken gets "-2", "-3"… */
export function templateFileName(shortName: string, year: number, taken: ReadonlySet<string>): string {
  const slug = foldForSearch(shortName).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "co-quan";
  for (let n = 1; ; n++) {
    const name = `${slug}${n === 1 ? "" : `-${n}`}-${year}.xlsx`;
    if (!taken.has(name)) return name;
  }
}
