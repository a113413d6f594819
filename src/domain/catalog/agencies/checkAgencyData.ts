import type { Agency, AgencyKind, AgencySuccession } from "../agency";
import type { AgencyId } from "../types";
import type { Issue } from "../../issue";
import { foldForMatching } from "../../text/normalizeVietnamese";
import { agencyDataIssue } from "./agencyDataMessages";
import { resolveSuccessor } from "./resolveSuccessor";

/** Ids are ASCII slugs scoped by province: "thanhhoa.skhdt", "quangninh.ubnd-huyen", "vn.bo-khdt". */
export const AGENCY_ID_PATTERN = /^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const KINDS: readonly AgencyKind[] = ["department", "people-committee", "mass-organisation", "central", "enterprise", "other", "group"];

/** A collective actor's name: "các …", "UBND các …", "Ban quản lý các …", "… và các …". */
const COLLECTIVE = /(?:^|\s)các\s|^(?:sở|tổ chức|đoàn thể|đơn vị|bộ), /iu;

/** Every problem in a list of agencies, all in one pass. */
export function checkAgencies(agencies: readonly Agency[]): readonly Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const spellingOwner = new Map<string, Agency>();
  for (const a of agencies) {
    if (!AGENCY_ID_PATTERN.test(a.id)) issues.push(agencyDataIssue("agency_id_invalid", { id: a.id }));
    if (seen.has(a.id)) issues.push(agencyDataIssue("agency_id_duplicate", { id: a.id }));
    seen.add(a.id);
    const scope = a.id.split(".")[0];
    if (scope !== (a.province ?? "vn")) issues.push(agencyDataIssue("agency_province_mismatch", { id: a.id, province: a.province }));
    if (!KINDS.includes(a.kind)) issues.push(agencyDataIssue("agency_kind_invalid", { id: a.id, kind: a.kind }));
    if (a.name.trim() === "" || a.shortName.trim() === "") issues.push(agencyDataIssue("agency_name_missing", { id: a.id }));
    const texts = [a.name, a.shortName, ...a.aliases, ...(a.doubtfulAliases ?? [])];
    for (const text of texts) {
      if (text !== text.normalize("NFC")) issues.push(agencyDataIssue("agency_text_not_nfc", { id: a.id, text }));
    }
    if (a.kind === "group" && !COLLECTIVE.test(a.name)) issues.push(agencyDataIssue("agency_group_not_collective", { id: a.id, name: a.name }));
    for (const spelling of new Set([a.name, a.shortName, ...a.aliases].map(foldForMatching))) {
      const key = `${a.province ?? "vn"}|${spelling}`;
      const other = spellingOwner.get(key);
      if (other !== undefined && other.id !== a.id) {
        issues.push(agencyDataIssue("agency_spelling_shared", { id: a.id, other: other.id, spelling }));
      }
      spellingOwner.set(key, a);
    }
  }
  return issues;
}

const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u;

/** Every problem in the successions, checked against the agencies they name. */
export function checkAgencySuccessions(
  successions: readonly AgencySuccession[],
  agencies: readonly Agency[],
): readonly Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<string>(agencies.map((a) => a.id));
  for (const s of successions) {
    for (const id of [s.from, ...s.to]) {
      if (!ids.has(id)) issues.push(agencyDataIssue("succession_unknown_agency", { id, from: s.from }));
    }
    if (!ISO_DATE.test(s.effective)) issues.push(agencyDataIssue("succession_date_invalid", { from: s.from, date: s.effective }));
    if (s.to.includes(s.from)) issues.push(agencyDataIssue("succession_self_loop", { from: s.from }));
    if (s.to.length === 0) issues.push(agencyDataIssue("succession_no_target", { from: s.from }));
    if (s.source.trim() === "") issues.push(agencyDataIssue("succession_source_missing", { from: s.from }));
  }
  // Cycles show only when chains are followed to the far future.
  for (const from of new Set<AgencyId>(successions.map((s) => s.from))) {
    if (resolveSuccessor(from, successions, "9999-12-31").cycle) issues.push(agencyDataIssue("succession_cycle", { from }));
  }
  return issues;
}
