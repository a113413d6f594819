import { SHEET_TITLES } from "../domain/consolidation/consolidationText";
import type { ReportSheetRole } from "../domain/consolidation/reportSheets";
import { anchorReference, chooseSheetName, sanitizeSheetName, sheetOfReference } from "../domain/sheet/sheetNames";
import type { WorkbookChange, WorkbookInfo } from "../workbook/port";

/**
 * Where the report's sheets go in a workbook that may already hold sheets of the same names: the sheets an earlier
 * consolidation wrote are rewritten; any other sheet is never overwritten, and the report's sheet takes a free name
 * beside it ("Tổng hợp (2)"). Ownership is proved as injection proves it (injectPlan.ts): two marks must agree.
 */

export const REPORT_SHEET_ROLES = Object.keys(SHEET_TITLES) as ReportSheetRole[];

export interface ReportPlacement {
  readonly names: Readonly<Record<ReportSheetRole, string>>;
  /** Roles whose sheet an earlier consolidation wrote, rewritten in place. */
  readonly owned: ReadonlySet<ReportSheetRole>;
  /** The name each role wanted when another sheet, not ours, already had it. */
  readonly taken: Partial<Record<ReportSheetRole, string>>;
}

/** The workbook-level name that marks the sheet written for a role; Excel keeps it pointing there through renames. */
export function reportOwnershipName(role: ReportSheetRole): string {
  return `PT_report_${role}`;
}

/** The metadata key that records the name the sheet was written under. */
export function reportSheetKey(role: ReportSheetRole): string {
  return `report.${role}.sheet`;
}

/**
 * The sheet a consolidation wrote for `role`, trusted only when the defined name points at it and the add-in's hidden
 * metadata recorded that very sheet: a name alone travels with a copied sheet or is what any file says of itself.
 * A sheet renamed since is no longer proved ours and is left alone.
 */
export function ownedReportSheet(info: WorkbookInfo, role: ReportSheetRole): string | null {
  const mark = reportOwnershipName(role).toLowerCase();
  const name = info.names.find((candidate) => candidate.name.toLowerCase() === mark);
  const sheet = name ? sheetOfReference(name.reference) : null;
  const recorded = info.metadata[reportSheetKey(role)];
  if (!sheet || !recorded || sheet !== recorded) return null;
  return info.sheets.some((candidate) => candidate.name === sheet) ? sheet : null;
}

export function placeReportSheets(info: WorkbookInfo): ReportPlacement {
  const owned = new Map<ReportSheetRole, string>();
  for (const role of REPORT_SHEET_ROLES) {
    const sheet = ownedReportSheet(info, role);
    if (sheet && ![...owned.values()].includes(sheet)) owned.set(role, sheet);
  }
  const used = new Set(info.sheets.map((sheet) => sheet.name));
  const names = {} as Record<ReportSheetRole, string>;
  const taken: Partial<Record<ReportSheetRole, string>> = {};
  for (const role of REPORT_SHEET_ROLES) {
    const mine = owned.get(role);
    if (mine) {
      names[role] = mine;
      continue;
    }
    const preferred = sanitizeSheetName(SHEET_TITLES[role]);
    const chosen = chooseSheetName(preferred, used);
    if (chosen !== preferred) taken[role] = preferred;
    names[role] = chosen;
    used.add(chosen);
  }
  return { names, owned: new Set(owned.keys()), taken };
}

/** The marks that let the next consolidation find and replace these sheets, and only these. */
export function ownershipChanges(placement: ReportPlacement): WorkbookChange[] {
  return [
    ...REPORT_SHEET_ROLES.map((role) => ({
      kind: "setName" as const,
      name: reportOwnershipName(role),
      reference: anchorReference(placement.names[role]),
    })),
    {
      kind: "setMetadata" as const,
      entries: {
        "app.name": "Plan Tracker",
        "metadata.version": "1",
        ...Object.fromEntries(REPORT_SHEET_ROLES.map((role) => [reportSheetKey(role), placement.names[role]])),
      },
    },
  ];
}
