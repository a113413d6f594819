import type { AgencySuccession } from "../agency";
import type { AgencyId } from "../types";

/**
 * The bundled successions with an officer's edits on top: an edit replaces every bundled succession of the same
 * body. An edit whose `to` is empty says the body still holds its duties.
 */
export function mergeSuccessions(bundled: readonly AgencySuccession[], edits: readonly AgencySuccession[]): readonly AgencySuccession[] {
  const edited = new Set<AgencyId>(edits.map((edit) => edit.from));
  return [...bundled.filter((succession) => !edited.has(succession.from)), ...edits];
}
