import type { Agency, AgencySuccession } from "../domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../domain/catalog/types";
import {
  buildPlanSheets,
  PLAN_SHEET_ROLES,
  type PlanSheetNames,
  type PlanSheetRole,
  type PlanTableKey,
} from "../domain/planSheets/buildPlanSheets";
import { PLAN_SHEET_LABELS, type SheetLanguage } from "../domain/planSheets/sheetLabels";
import { sliceCatalogForAgency } from "../domain/planSheets/sliceCatalogForAgency";
import { localIsoDate } from "../domain/text/vietnameseFormat";
import {
  anchorReference,
  chooseSheetName,
  chooseTableName,
  sanitizeSheetName,
  sheetOfReference,
  toDefinedNameToken,
} from "../domain/sheet/sheetNames";
import type { WorkbookChange, WorkbookInfo, WorkbookPort } from "../workbook/port";

export interface InjectPlanOptions {
  /** The agency directory, to show names instead of ids. */
  readonly agencies: readonly Agency[];
  /** Inject only what this agency leads or supports. */
  readonly agency?: AgencyId | null;
  readonly language?: SheetLanguage;
  /** Who took over which body since the plan was issued, with the officer's edits (mergeSuccessions). */
  readonly successions?: readonly AgencySuccession[];
  /** The clock, so that tests (and repeated injections) can be exact. */
  readonly now?: () => Date;
  readonly onProgress?: (fraction: number) => void;
}

export interface InjectedSheet {
  readonly role: PlanSheetRole;
  /** Where the sheet was written. */
  readonly name: string;
  /** True when an earlier injection's sheet was updated in place (whatever the user renamed it to). */
  readonly updated: boolean;
  /** The name we wanted when another sheet, not ours, already had it; null otherwise. */
  readonly nameTaken: string | null;
  readonly rows: number;
}

export interface InjectPlanResult {
  readonly planId: string;
  readonly agency: AgencyId | null;
  readonly sheets: readonly InjectedSheet[];
}

const TABLE_BASES: Readonly<Record<SheetLanguage, Readonly<Record<PlanTableKey, string>>>> = {
  vi: { info: "ThongTin", review: "CanXemLai", targets: "ChiTieu", tasks: "NhiemVu", assignments: "PhanCong" },
  en: { info: "PlanInfo", review: "ReviewItems", targets: "Targets", tasks: "Tasks", assignments: "Assignments" },
};

/**
 * Writes a plan's info, targets, tasks and assignment matrix into the workbook as named tables.
 * Sheets an earlier injection of the same plan (and slice) made are recognised by their defined names and
 * updated in place; any other sheet is never overwritten, renamed or deleted: a taken name gets "(2)".
 * Costs one inspect and one apply, so three Office.js round trips for a plan of any ordinary size.
 */
export async function injectPlan(port: WorkbookPort, catalog: PlanCatalog, options: InjectPlanOptions): Promise<InjectPlanResult> {
  const language = options.language ?? "vi";
  const directory = new Map(options.agencies.map((agency) => [agency.id, agency]));
  const agencyId = options.agency ?? null;
  const slice = agencyId ? (directory.get(agencyId) ?? null) : null;
  const scoped = agencyId ? sliceCatalogForAgency(catalog, agencyId) : catalog;
  const key = injectionKey(catalog.id, agencyId);

  const info = await port.inspect();
  options.onProgress?.(0.1);
  const placement = placeSheets(info, key, language, slice?.shortName ?? null);
  const now = options.now?.() ?? null;
  const sheets = buildPlanSheets(scoped, placement.names, {
    language,
    agencies: directory,
    slice,
    injectedAt: now,
    successions: options.successions ?? [],
    asOf: localIsoDate(now ?? new Date()),
  });
  options.onProgress?.(0.2);

  const changes: WorkbookChange[] = [
    ...sheets.map((sheet) => ({ kind: "writeSheet" as const, sheet: sheet.spec })),
    ...PLAN_SHEET_ROLES.map((role) => ({
      kind: "setName" as const,
      name: ownershipName(key, role),
      reference: anchorReference(placement.names.sheets[role]),
    })),
    {
      kind: "setMetadata",
      entries: {
        "app.name": "Plan Tracker",
        "metadata.version": "1",
        [`injection.${key}.plan`]: catalog.id,
        [`injection.${key}.agency`]: agencyId ?? "",
        [`injection.${key}.language`]: language,
        ...Object.fromEntries(PLAN_SHEET_ROLES.map((role) => [ownershipTableKey(key, role), placement.names.tables[role]])),
        ...(now ? { [`injection.${key}.injectedAt`]: now.toISOString() } : {}),
      },
    },
  ];
  await port.apply(changes, { onProgress: (fraction) => options.onProgress?.(0.2 + 0.8 * fraction) });

  return {
    planId: catalog.id,
    agency: agencyId,
    sheets: sheets.map((sheet) => ({
      role: sheet.role,
      name: placement.names.sheets[sheet.role],
      updated: placement.owned.has(sheet.role),
      nameTaken: placement.taken[sheet.role] ?? null,
      rows: sheet.rows,
    })),
  };
}

/** A stable token per plan and slice, used in defined names and metadata keys. */
export function injectionKey(planId: string, agency: AgencyId | null): string {
  return toDefinedNameToken(agency ? `${planId}__${agency}` : planId);
}

/** The workbook-level name whose reference marks the sheet we wrote for `role`; it follows renames. */
export function ownershipName(key: string, role: PlanSheetRole): string {
  return `PT_${key}_${role}`;
}

/** The metadata key that records which table an injection put on a role's sheet. */
export function ownershipTableKey(key: string, role: PlanSheetRole): string {
  return `injection.${key}.${role}.table`;
}

/**
 * The sheet an earlier injection wrote for `role`, trusted only when two marks agree: the defined name points at it,
 * and it holds the table our metadata recorded for that role. A name alone is what any file can claim about itself,
 * so a user's sheet that a stray or forged name points at is left alone.
 */
function verifiedSheet(info: WorkbookInfo, key: string, role: PlanSheetRole): string | null {
  const name = info.names.find((candidate) => candidate.name.toLowerCase() === ownershipName(key, role).toLowerCase());
  const sheet = name ? sheetOfReference(name.reference) : null;
  const table = info.metadata[ownershipTableKey(key, role)];
  if (!sheet || !table) return null;
  const holds = info.tables.some((candidate) => candidate.sheet === sheet && candidate.name.toLowerCase() === table.toLowerCase());
  return holds ? sheet : null;
}

interface Placement {
  readonly names: PlanSheetNames;
  readonly owned: ReadonlySet<PlanSheetRole>;
  readonly taken: Partial<Record<PlanSheetRole, string>>;
}

function placeSheets(info: WorkbookInfo, key: string, language: SheetLanguage, sliceLabel: string | null): Placement {
  const existing = new Set(info.sheets.map((sheet) => sheet.name));
  const owned = new Map<PlanSheetRole, string>();
  for (const role of PLAN_SHEET_ROLES) {
    const sheet = verifiedSheet(info, key, role);
    if (sheet && existing.has(sheet) && ![...owned.values()].includes(sheet)) owned.set(role, sheet);
  }

  const labels = PLAN_SHEET_LABELS[language].sheets;
  const used = new Set(existing);
  const sheets = {} as Record<PlanSheetRole, string>;
  const taken: Partial<Record<PlanSheetRole, string>> = {};
  for (const role of PLAN_SHEET_ROLES) {
    const mine = owned.get(role);
    if (mine) {
      sheets[role] = mine;
      continue;
    }
    const preferred = sliceLabel ? `${labels[role]} (${sliceLabel})` : labels[role];
    const chosen = chooseSheetName(preferred, used);
    if (chosen !== sanitizeSheetName(preferred)) taken[role] = sanitizeSheetName(preferred);
    sheets[role] = chosen;
    used.add(chosen);
  }

  // Our own sheets are rewritten, so their tables' names are free again; everyone else's stay taken.
  // Excel keeps table names and defined names in one namespace.
  const rewritten = new Set(Object.values(sheets));
  const takenTables = new Set([
    ...info.tables.filter((table) => !rewritten.has(table.sheet)).map((table) => table.name),
    ...info.names.map((name) => name.name),
  ]);
  const suffix = sliceLabel ? `_${toDefinedNameToken(sliceLabel)}` : "";
  const tables = {} as Record<PlanTableKey, string>;
  for (const [tableKey, base] of Object.entries(TABLE_BASES[language]) as [PlanTableKey, string][]) {
    const chosen = chooseTableName(`${base}${suffix}`, takenTables);
    tables[tableKey] = chosen;
    takenTables.add(chosen);
  }
  return { names: { sheets, tables }, owned: new Set(owned.keys()), taken };
}
