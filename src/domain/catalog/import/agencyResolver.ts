/**
 * What the importer needs from the agency directory: split a cell into names and find the
 * agency a name means. importPlan builds it from data/agencies.json (splitAgencyList and
 * createAgencyDirectory); family rules only see this interface.
 */
export interface ResolvedName {
  /** The agency id, or null when no single agency fits. */
  readonly id: string | null;
  /** Ids the name could mean when it is ambiguous. */
  readonly candidates: readonly string[];
}

export interface AgencyResolver {
  split(text: string): readonly string[];
  resolve(name: string): ResolvedName;
}

/** Whether two printed names mean the same agency; unknown names compare by folded text. */
export function sameAgency(resolver: AgencyResolver, a: string, b: string): boolean {
  const left = resolver.resolve(a);
  const right = resolver.resolve(b);
  if (left.id !== null && right.id !== null) return left.id === right.id;
  const fold = (name: string) => name.toLowerCase().replace(/[.;,\s]+$/u, "").replace(/\s+/g, " ").trim();
  return fold(a) === fold(b);
}
