import type { Agency, AgencySuccession } from "../domain/catalog/agency";
import { bundledAgencies } from "../domain/catalog/agencies/bundledAgencies";
import type { AgencyId, PlanCatalog } from "../domain/catalog/types";
import { agencyIdsInPlan, predecessorsInPlan, todayIso } from "./agencies/agenciesInPlan";
import { agenciesNamed, closestAgencies } from "./agencies/matchAgencies";
import { terminalLine } from "./terminalText";

export interface AgencyArgContext {
  readonly catalog: PlanCatalog;
  readonly agencies: readonly Agency[];
  readonly successions: readonly AgencySuccession[];
  /** yyyy-mm-dd: whose duties an agency holds is read on this day. */
  readonly today: string;
}

export type AgencyArgResolution =
  | { readonly ok: true; readonly agency: Agency }
  | {
      readonly ok: false;
      /** unknown: no agency has this id or name; ambiguous: several in the plan do; not_in_plan: it has no part in the plan. */
      readonly code: "agency_unknown" | "agency_ambiguous" | "agency_not_in_plan";
      /** The agency meant, for not_in_plan when a single one was. */
      readonly agency: Agency | null;
      /** The plan's agencies whose duties it holds now, for not_in_plan. */
      readonly predecessors: readonly Agency[];
      /** The plan's agencies the officer may have meant, best first (the ambiguous ones, for ambiguous). */
      readonly suggestions: readonly Agency[];
    };

/**
 * `--agency` as an officer types it: an id ("thanhhoa.syt") or a name, short name or alias, accents optional
 * ("so y te"). Names shared across provinces are settled by the plan: the one that has a part in it.
 */
export function resolveAgencyArg(text: string, context: AgencyArgContext): AgencyArgResolution {
  const inPlanIds = agencyIdsInPlan(context.catalog);
  const planAgencies = context.agencies.filter((agency) => inPlanIds.has(agency.id));
  const named = agenciesNamed(text, context.agencies);
  const namedInPlan = named.filter((agency) => inPlanIds.has(agency.id));
  if (namedInPlan.length === 1) return { ok: true, agency: namedInPlan[0]! };
  if (namedInPlan.length > 1) return { ok: false, code: "agency_ambiguous", agency: null, predecessors: [], suggestions: namedInPlan };

  const meant = pickMeant(named, planAgencies);
  if (named.length === 0) {
    return { ok: false, code: "agency_unknown", agency: null, predecessors: [], suggestions: closestAgencies(text, planAgencies) };
  }
  const predecessors = meant ? predecessorsInPlan(meant.id, planAgencies, context.successions, context.today) : [];
  const near = closestAgencies(meant?.name ?? text, planAgencies).filter((agency) => !predecessors.includes(agency));
  return { ok: false, code: "agency_not_in_plan", agency: meant, predecessors, suggestions: [...predecessors, ...near].slice(0, 5) };
}

/** Of several same-named agencies none of which is in the plan, the one of the plan's province, if that settles it. */
function pickMeant(named: readonly Agency[], planAgencies: readonly Agency[]): Agency | null {
  if (named.length === 1) return named[0]!;
  const provinces = new Set(planAgencies.map((agency) => agency.province));
  const local = named.filter((agency) => provinces.has(agency.province) && agency.province !== null);
  return local.length === 1 ? local[0]! : null;
}

/** The Vietnamese explanation of a failed resolution: what is wrong, then what to type instead. */
export function agencyArgMessage(text: string, planId: string, failure: Extract<AgencyArgResolution, { ok: false }>): string {
  const named = (agency: Agency) => `${terminalLine(agency.name)} (${agency.id})`;
  const typed = terminalLine(text);
  const lines: string[] = [];
  if (failure.code === "agency_unknown") {
    lines.push(`Không có cơ quan "${typed}" (tìm theo mã, tên hoặc tên viết tắt; dấu tiếng Việt không bắt buộc).`);
  } else if (failure.code === "agency_ambiguous") {
    lines.push(`"${typed}" là tên của nhiều cơ quan trong kế hoạch ${planId}; hãy chọn theo mã.`);
  } else {
    const who = failure.agency ? named(failure.agency) : `Cơ quan "${typed}"`;
    lines.push(`${who} không chủ trì hay phối hợp mục tiêu, nhiệm vụ nào trong kế hoạch ${planId}, nên không có phần việc để đưa vào sổ tính.`);
    if (failure.predecessors.length > 0) {
      lines.push(`Cơ quan này nay giữ nhiệm vụ của: ${failure.predecessors.map(named).join("; ")}.`);
    }
  }
  if (failure.suggestions.length > 0) {
    lines.push(failure.code === "agency_ambiguous" ? "Các cơ quan mang tên này:" : "Có phải bạn muốn:");
    const width = Math.max(...failure.suggestions.map((agency) => agency.id.length));
    for (const agency of failure.suggestions) lines.push(`  --agency ${agency.id.padEnd(width)}  ${terminalLine(agency.name)}`);
  }
  lines.push(`Xem các cơ quan của kế hoạch: plan-tracker agencies --plan ${planId}`);
  return lines.join("\n");
}

/**
 * `inject --agency` as parsed (a value, a bare switch, or absent): absent is the whole plan; otherwise the bundled
 * agency it names, or the message to print with the exit code (2 for a flag without its value).
 */
export function resolveAgencyFlag(
  flag: string | true | undefined,
  catalog: PlanCatalog,
  successions: readonly AgencySuccession[],
): { readonly ok: true; readonly agency: AgencyId | null } | { readonly ok: false; readonly message: string; readonly exitCode: 1 | 2 } {
  if (flag === undefined) return { ok: true, agency: null };
  if (flag === true) return { ok: false, exitCode: 2, message: `Thiếu mã hoặc tên cơ quan sau --agency. Xem các cơ quan của kế hoạch: plan-tracker agencies --plan ${catalog.id}` };
  const resolution = resolveAgencyArg(flag, { catalog, agencies: bundledAgencies, successions, today: todayIso() });
  return resolution.ok ? { ok: true, agency: resolution.agency.id } : { ok: false, exitCode: 1, message: agencyArgMessage(flag, catalog.id, resolution) };
}
