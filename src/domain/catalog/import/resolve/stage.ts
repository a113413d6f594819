import type { PlanNote } from "../../types";
import type { DraftReview } from "../draft";
import type { ResolveContext } from "../resolveDraft";
import type { NameBook } from "./nameBook";

/** What every stage of resolveDraft shares: the context, the name book, and the review items and notes so far. */
export interface ResolveStage {
  readonly context: ResolveContext;
  readonly names: NameBook;
  /** "Các đơn vị liên quan" and the like: agencies that name no one in particular. */
  readonly unspecified: ReadonlySet<string>;
  readonly review: DraftReview[];
  readonly notes: PlanNote[];
}

export function agencyNames(stage: ResolveStage, ids: readonly string[]): string {
  return ids.map((id) => stage.context.agencies.find((agency) => agency.id === id)?.name ?? id).join("; ");
}
