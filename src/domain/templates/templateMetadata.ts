import type { AgencyId } from "../catalog/types";
import { TEMPLATE_SECTIONS, type TemplateSection } from "./distributeDuties";
import { decodeKeyPart, encodeKeyPart } from "./keyParts";
import { COVER_INPUTS, TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, type CoverInput } from "./templateLayout";

/**
 * The recognition metadata of a template, as key/value rows of the workbook's metadata sheet (setMetadata).
 * Everything is text, so any program and any reader can keep and parse it; docs/template-format.md lists the keys.
 */

export type TemplateSheetRole = "cover" | "instructions" | TemplateSection | "lists";
export const TEMPLATE_SHEET_ROLES: readonly TemplateSheetRole[] = ["cover", "instructions", ...TEMPLATE_SECTIONS, "lists"];

export interface UsedSuccession {
  readonly from: AgencyId;
  readonly to: readonly AgencyId[];
  readonly effective: string;
  readonly uncertain: boolean;
}

export interface TemplateMetadata {
  readonly templateId: string;
  readonly version: number;
  readonly agency: AgencyId;
  /** Plan ids with the SHA-256 of each catalogue, in the order the template shows them. */
  readonly plans: readonly { readonly id: string; readonly hash: string }[];
  /** The successions that brought rows to this agency. */
  readonly successions: readonly UsedSuccession[];
  /** The officer's assignments of split bodies' duties that this template follows. */
  readonly choices: readonly { readonly dutyKey: string; readonly agencies: readonly AgencyId[] }[];
  readonly year: number;
  /** ISO yyyy-mm-dd. */
  readonly cutoff: string;
  readonly deadline: string | null;
  /** Sheet names by role; sections without rows have no sheet. */
  readonly sheets: Readonly<Partial<Record<TemplateSheetRole, string>>>;
  /** A1 addresses of the filler's cells on the cover sheet. */
  readonly cover: Readonly<Record<CoverInput, string>>;
  /** Row keys of each section, in sheet order. */
  readonly rows: Readonly<Record<TemplateSection, readonly string[]>>;
  /** SHA-256 of the locked content (see fingerprint.ts). */
  readonly fingerprint: string;
}

export type MetadataIssue =
  | { readonly code: "not_a_template" }
  | { readonly code: "version_unsupported"; readonly version: string }
  | { readonly code: "field_missing"; readonly field: string }
  | { readonly code: "field_invalid"; readonly field: string; readonly value: string };

export interface MetadataDecoding {
  /** Null when the entries are not a template this version can read. */
  readonly metadata: TemplateMetadata | null;
  readonly issues: readonly MetadataIssue[];
}

const PREFIX = "template.";
/** Excel keeps at most 32,767 characters in a cell; row lists longer than this continue on the next key. */
const CHUNK = 30_000;

export function encodeTemplateMetadata(metadata: TemplateMetadata): Record<string, string> {
  const entries: Record<string, string> = {
    [`${PREFIX}format`]: TEMPLATE_FORMAT,
    [`${PREFIX}version`]: String(metadata.version),
    [`${PREFIX}id`]: metadata.templateId,
    [`${PREFIX}agency`]: metadata.agency,
    [`${PREFIX}plans`]: metadata.plans.map((plan) => `${encodeKeyPart(plan.id)}@${plan.hash}`).join(";"),
    [`${PREFIX}successions`]: metadata.successions
      .map((s) => `${encodeKeyPart(s.from)}>${s.to.map(encodeKeyPart).join("+")}@${s.effective}${s.uncertain ? "?" : ""}`)
      .join(";"),
    [`${PREFIX}choices`]: metadata.choices.map((choice) => `${choice.dutyKey}>${choice.agencies.map(encodeKeyPart).join("+")}`).join(";"),
    [`${PREFIX}year`]: String(metadata.year),
    [`${PREFIX}cutoff`]: metadata.cutoff,
    [`${PREFIX}deadline`]: metadata.deadline ?? "",
    [`${PREFIX}fingerprint`]: metadata.fingerprint,
  };
  for (const role of TEMPLATE_SHEET_ROLES) {
    const name = metadata.sheets[role];
    if (name !== undefined) entries[`${PREFIX}sheet.${role}`] = name;
  }
  for (const input of COVER_INPUTS) entries[`${PREFIX}cover.${input}`] = metadata.cover[input];
  for (const section of TEMPLATE_SECTIONS) {
    const parts = chunks(metadata.rows[section]);
    parts.forEach((chunk, index) => {
      entries[`${PREFIX}rows.${section}.${index + 1}`] = chunk;
    });
    // An empty chunk ends the list, so an older, longer list in the same workbook is never read on.
    entries[`${PREFIX}rows.${section}.${parts.length + 1}`] = "";
  }
  return entries;
}

function chunks(keys: readonly string[]): string[] {
  const result: string[] = [];
  let current = "";
  for (const key of keys) {
    if (current !== "" && current.length + key.length + 1 > CHUNK) {
      result.push(current);
      current = "";
    }
    current = current === "" ? key : `${current},${key}`;
  }
  return current === "" ? [] : [...result, current];
}

/** Reads the entries back, checking each field; never throws. Unknown keys are ignored (later minor additions). */
export function decodeTemplateMetadata(entries: Readonly<Record<string, string>>): MetadataDecoding {
  const issues: MetadataIssue[] = [];
  const get = (field: string) => entries[`${PREFIX}${field}`];
  if (get("format") !== TEMPLATE_FORMAT) return { metadata: null, issues: [{ code: "not_a_template" }] };
  const versionText = get("version") ?? "";
  const version = /^\d+$/.test(versionText) ? Number(versionText) : NaN;
  if (!(version >= 1 && version <= TEMPLATE_FORMAT_VERSION)) return { metadata: null, issues: [{ code: "version_unsupported", version: versionText }] };

  const required = (field: string, pattern: RegExp, allowEmpty = false): string | null => {
    const value = get(field);
    if (value === undefined) {
      issues.push({ code: "field_missing", field });
      return null;
    }
    if ((value === "" && allowEmpty) || pattern.test(value)) return value;
    issues.push({ code: "field_invalid", field, value });
    return null;
  };
  const templateId = required("id", /^\S+$/);
  const agency = required("agency", /^\S+$/);
  const plans = parseList(required("plans", /^\S+$/), /^([^@]+)@([0-9a-f]{64})$/, "plans", issues, (m) => ({ id: decodeKeyPart(m[1]!), hash: m[2]! }));
  const successions = parseList(required("successions", /\S/, true), /^([^>]+)>([^@]*)@(\d{4}-\d{2}-\d{2})(\?)?$/, "successions", issues, (m) => ({
    from: decodeKeyPart(m[1]!) as AgencyId,
    to: m[2]!.split("+").filter(Boolean).map((id) => decodeKeyPart(id) as AgencyId),
    effective: m[3]!,
    uncertain: m[4] === "?",
  }));
  const choices = parseList(required("choices", /\S/, true), /^([^>]+)>(.+)$/, "choices", issues, (m) => ({
    dutyKey: m[1]!,
    agencies: m[2]!.split("+").map((id) => decodeKeyPart(id) as AgencyId),
  }));
  const year = required("year", /^\d{4}$/);
  const cutoff = required("cutoff", ISO_DATE);
  const deadline = required("deadline", ISO_DATE, true);
  const fingerprint = required("fingerprint", /^[0-9a-f]{64}$/);
  const cover = Object.fromEntries(COVER_INPUTS.map((input) => [input, required(`cover.${input}`, /^[A-Z]{1,3}\d{1,7}$/) ?? ""])) as Record<CoverInput, string>;
  const sheets: Partial<Record<TemplateSheetRole, string>> = {};
  for (const role of TEMPLATE_SHEET_ROLES) {
    const name = get(`sheet.${role}`);
    if (name !== undefined && name !== "") sheets[role] = name;
  }
  for (const role of ["cover", "lists"] as const) if (!sheets[role]) issues.push({ code: "field_missing", field: `sheet.${role}` });
  const rows = Object.fromEntries(TEMPLATE_SECTIONS.map((section) => [section, rowKeys(entries, section)])) as Record<TemplateSection, string[]>;
  for (const section of TEMPLATE_SECTIONS) {
    if (rows[section].length > 0 && !sheets[section]) issues.push({ code: "field_missing", field: `sheet.${section}` });
    if (new Set(rows[section]).size !== rows[section].length) issues.push({ code: "field_invalid", field: `rows.${section}`, value: "duplicate key" });
  }

  if (issues.length > 0 || templateId === null || agency === null || year === null || cutoff === null || fingerprint === null) {
    return { metadata: null, issues };
  }
  return {
    metadata: {
      templateId,
      version,
      agency: agency as AgencyId,
      plans,
      successions,
      choices,
      year: Number(year),
      cutoff,
      deadline: deadline || null,
      sheets,
      cover,
      rows,
      fingerprint,
    },
    issues,
  };
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function parseList<T>(text: string | null, pattern: RegExp, field: string, issues: MetadataIssue[], build: (match: RegExpExecArray) => T): T[] {
  if (!text) return [];
  const result: T[] = [];
  for (const item of text.split(";")) {
    const match = pattern.exec(item);
    if (match) result.push(build(match));
    else issues.push({ code: "field_invalid", field, value: item });
  }
  return result;
}

function rowKeys(entries: Readonly<Record<string, string>>, section: TemplateSection): string[] {
  const keys: string[] = [];
  for (let n = 1; ; n++) {
    const chunk = entries[`${PREFIX}rows.${section}.${n}`];
    if (chunk === undefined || chunk === "") return keys;
    keys.push(...chunk.split(",").filter(Boolean));
  }
}
