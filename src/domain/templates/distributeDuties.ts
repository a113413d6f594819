import type { AgencySuccession } from "../catalog/agency";
import { resolveSuccessor, type SuccessorResolution } from "../catalog/agencies/resolveSuccessor";
import type { AgencyId, Indicator, PlanCatalog, PlanId, Target, Task } from "../catalog/types";
import { encodeKeyPart } from "./keyParts";

/**
 * Who receives each duty of the plans today. A duty listed for a body that no longer exists goes to the body
 * holding its duties now (2025 mergers), and remembers where it came from. Where one body's duties were split
 * between several successors, the officer's choice for that duty decides; without one the duty is pending and
 * goes to nobody, so that no row reaches two bodies unless the officer chose so.
 */

export type TemplateSection = "indicators" | "leadTasks" | "partnerTasks";

export const TEMPLATE_SECTIONS: readonly TemplateSection[] = ["indicators", "leadTasks", "partnerTasks"];

/** How a row reached an agency that the plan did not name. */
export interface Inheritance {
  /** The body the plan names. */
  readonly from: AgencyId;
  /** ISO date the last succession on the way took effect. */
  readonly effective: string;
  /** The body's duties went to several successors (a split, not a merger). */
  readonly split: boolean;
  /** Some succession on the way is our best reading, not a documented fact. */
  readonly uncertain: boolean;
  /** The officer assigned this duty to this agency. */
  readonly chosen: boolean;
}

interface RowBase {
  /** Unique within the template: "<planId>|CT|<target>#<n>" for indicators, "<planId>|NV|<task>" for tasks. */
  readonly key: string;
  readonly planId: PlanId;
  /** The code shown in the row: the target's code with "#n", or the task's id. */
  readonly code: string;
  /** Empty when the plan names the agency itself. */
  readonly inherited: readonly Inheritance[];
}

export interface IndicatorRow extends RowBase {
  readonly section: "indicators";
  readonly target: Target;
  /** Null for a target without a stated value: one row still asks for its result. */
  readonly indicator: Indicator | null;
  /** 1-based position among the target's indicators; 0 for a target without one. */
  readonly indicatorNumber: number;
}

export interface TaskRow extends RowBase {
  readonly section: "leadTasks" | "partnerTasks";
  readonly task: Task;
  /** Who holds the lead today (for cooperation rows: whom the agency works with). */
  readonly leads: readonly AgencyId[];
}

export type TemplateRow = IndicatorRow | TaskRow;

export interface AgencyDuties {
  readonly agency: AgencyId;
  readonly indicators: readonly IndicatorRow[];
  readonly leadTasks: readonly TaskRow[];
  readonly partnerTasks: readonly TaskRow[];
}

/** A duty of a split body that the officer has not yet assigned to one of its successors. */
export interface PendingDuty {
  readonly dutyKey: string;
  readonly planId: PlanId;
  readonly kind: "target" | "task";
  readonly code: string;
  readonly role: "lead" | "partner";
  readonly from: AgencyId;
  readonly candidates: readonly AgencyId[];
}

export interface DistributionOptions {
  readonly successions: readonly AgencySuccession[];
  /** ISO date on which "who holds the duty" is read. */
  readonly asOf: string;
  /**
   * The officer's choices for duties of split bodies, by duty key ("<planId>|CT|<target>", "<planId>|NV|<task>"): for
   * each split body named on the duty, the chosen bodies among its successors.
   */
  readonly choices?: Readonly<Record<string, readonly AgencyId[]>>;
}

export interface DutyDistribution {
  /** Agencies with at least one row, in order of first appearance. */
  readonly byAgency: ReadonlyMap<AgencyId, AgencyDuties>;
  readonly pending: readonly PendingDuty[];
}

export function targetDutyKey(planId: string, code: string): string {
  return `${encodeKeyPart(planId)}|CT|${encodeKeyPart(code)}`;
}

export function taskDutyKey(planId: string, id: string): string {
  return `${encodeKeyPart(planId)}|NV|${encodeKeyPart(id)}`;
}

/** A holder of a duty today, and how it got there. */
interface Holding {
  readonly agency: AgencyId;
  readonly inherited: Inheritance | null;
}

export function distributeDuties(plans: readonly PlanCatalog[], options: DistributionOptions): DutyDistribution {
  const rows = new Map<AgencyId, { indicators: IndicatorRow[]; leadTasks: TaskRow[]; partnerTasks: TaskRow[] }>();
  const pending: PendingDuty[] = [];
  const bucket = (agency: AgencyId) => {
    let found = rows.get(agency);
    if (!found) rows.set(agency, (found = { indicators: [], leadTasks: [], partnerTasks: [] }));
    return found;
  };
  // Plans name the same few bodies on thousands of duties: each body's successors are looked up once.
  const resolutions = new Map<AgencyId, SuccessorResolution>();
  const resolve = (id: AgencyId) => {
    let resolution = resolutions.get(id);
    if (!resolution) resolutions.set(id, (resolution = resolveSuccessor(id, options.successions, options.asOf)));
    return resolution;
  };
  const holders = (listed: readonly AgencyId[], duty: Omit<PendingDuty, "from" | "candidates">) =>
    groupHoldings(listed.flatMap((id) => holdingsOf(resolve(id), id, duty, options, pending)));

  // The importer is still growing (tasks read from the body only…): a list it leaves out counts as empty.
  for (const plan of plans) {
    for (const target of plan.targets ?? []) {
      const dutyKey = targetDutyKey(plan.id, target.code);
      for (const [agency, inherited] of holders(target.lead ?? [], { dutyKey, planId: plan.id, kind: "target", code: target.code, role: "lead" })) {
        bucket(agency).indicators.push(...indicatorRows(plan.id, target, inherited));
      }
    }
    for (const task of plan.tasks ?? []) {
      const dutyKey = taskDutyKey(plan.id, task.id);
      const duty = { dutyKey, planId: plan.id, kind: "task" as const, code: task.id };
      const leads = holders(task.lead ?? [], { ...duty, role: "lead" });
      const leadIds = [...leads.keys()];
      const row = (section: TaskRow["section"], inherited: readonly Inheritance[]): TaskRow => ({
        section,
        key: dutyKey,
        planId: plan.id,
        code: task.id,
        inherited,
        task,
        leads: leadIds,
      });
      for (const [agency, inherited] of leads) bucket(agency).leadTasks.push(row("leadTasks", inherited));
      for (const [agency, inherited] of holders(task.partners ?? [], { ...duty, role: "partner" })) {
        if (!leads.has(agency)) bucket(agency).partnerTasks.push(row("partnerTasks", inherited));
      }
    }
  }
  const byAgency = new Map([...rows].map(([agency, found]) => [agency, { agency, ...found }]));
  return { byAgency, pending: dedupePending(pending) };
}

function indicatorRows(planId: PlanId, target: Target, inherited: readonly Inheritance[]): IndicatorRow[] {
  const base = { section: "indicators" as const, planId, target, inherited };
  const indicators = target.indicators ?? [];
  if (indicators.length === 0) {
    return [{ ...base, key: `${targetDutyKey(planId, target.code)}#0`, code: target.code, indicator: null, indicatorNumber: 0 }];
  }
  return indicators.map((indicator, index) => ({
    ...base,
    key: `${targetDutyKey(planId, target.code)}#${index + 1}`,
    code: `${target.code}#${index + 1}`,
    indicator,
    indicatorNumber: index + 1,
  }));
}

/** The bodies holding a listed agency's share of a duty today. */
function holdingsOf(
  resolution: SuccessorResolution,
  listed: AgencyId,
  duty: Omit<PendingDuty, "from" | "candidates">,
  options: DistributionOptions,
  pending: PendingDuty[],
): Holding[] {
  if (resolution.chain.length === 0) return [{ agency: listed, inherited: null }];
  const split = resolution.chain.some((succession) => succession.to.length > 1);
  const inheritance = (chosen: boolean): Inheritance => ({
    from: listed,
    effective: resolution.chain[resolution.chain.length - 1]!.effective,
    split,
    uncertain: resolution.chain.some((succession) => succession.uncertain),
    chosen,
  });
  if (resolution.current.length === 1) return [{ agency: resolution.current[0]!, inherited: inheritance(false) }];
  // A choice picks among this body's successors; a duty two split bodies shared is decided for each of them.
  const choice = (options.choices?.[duty.dutyKey] ?? []).filter((agency) => resolution.current.includes(agency));
  if (choice.length > 0) return choice.map((agency) => ({ agency, inherited: inheritance(true) }));
  pending.push({ ...duty, from: listed, candidates: resolution.current });
  return [];
}

/** One entry per agency, with every way the duty reached it; none when the plan names the agency itself. */
function groupHoldings(holdings: readonly Holding[]): Map<AgencyId, readonly Inheritance[]> {
  const grouped = new Map<AgencyId, Inheritance[] | null>();
  for (const { agency, inherited } of holdings) {
    const known = grouped.get(agency);
    if (inherited === null) grouped.set(agency, null);
    else if (known === undefined) grouped.set(agency, [inherited]);
    else if (known !== null && !known.some((entry) => entry.from === inherited.from)) known.push(inherited);
  }
  return new Map([...grouped].map(([agency, inherited]) => [agency, inherited ?? []]));
}

function dedupePending(pending: readonly PendingDuty[]): PendingDuty[] {
  const seen = new Set<string>();
  return pending.filter((duty) => {
    const id = `${duty.dutyKey}|${duty.role}|${duty.from}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
