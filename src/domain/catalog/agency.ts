import type { AgencyId } from "./types";

/**
 * An agency as data/agencies.json lists it. CONTRACT fields: id, name, shortName, aliases, kind.
 * Ids are stable ASCII slugs scoped by province ("thanhhoa.skhdt"); national bodies use "vn.".
 */
export type AgencyKind =
  | "department" // sở and equivalent provincial bodies
  | "people-committee" // UBND of a province or of a district/commune
  | "mass-organisation" // MTTQ, unions, associations
  | "central" // ministries and national bodies
  | "enterprise" // companies, banks' branches, public service units that trade
  | "other"
  | "group"; // collective actors: "UBND các huyện, thị xã, thành phố", "các sở, ban, ngành"

export interface Agency {
  readonly id: AgencyId;
  /** Canonical Vietnamese name, NFC. */
  readonly name: string;
  readonly shortName: string;
  /** Every spelling the documents use, typos included, NFC. */
  readonly aliases: readonly string[];
  readonly kind: AgencyKind;
  /** Province slug ("thanhhoa"), or null for national bodies. */
  readonly province: string | null;
  /**
   * Spellings that probably mean this agency but name another body as written ("Bộ Tư pháp" in a
   * list of provincial Sở). Matching never resolves them silently: it returns "unknown" with this
   * agency among the candidates, so the importer asks a person.
   */
  readonly doubtfulAliases?: readonly string[];
}

/** One entry of data/agency-successors.json: a body that no longer exists and who holds its duties now. */
export interface AgencySuccession {
  readonly from: AgencyId;
  readonly to: readonly AgencyId[];
  /** ISO date the change took effect. */
  readonly effective: string;
  /** The decision or law that made the change. */
  readonly source: string;
  /** True where the mapping is our best reading, not a documented fact. */
  readonly uncertain: boolean;
  readonly note?: string;
  /** Who confirmed or changed this mapping, and when (ISO date): set by the officer's edits, never by the data. */
  readonly confirmedBy?: string;
  readonly confirmedAt?: string;
}
