import { DEFAULT_VALIDATION_SETTINGS, VALIDATION_CODES, VALIDATION_RULES, type ValidationCode, type ValidationSettings } from "./validationRules";

/**
 * The officer's rule settings, as a file or the pane stores them:
 *   { "off": ["jump_from_last_year", …], "jumpRatio": 0.3, "farFromTargetFactor": 5 }
 * Every key is optional; what is absent keeps the built-in default. Anything else is refused with each bad key named,
 * never half applied: a typo in a rule's code would otherwise leave the rule on without anyone noticing.
 */
export type SettingsProblem =
  | { readonly kind: "not_an_object" }
  | { readonly kind: "unknown_key"; readonly key: string }
  | { readonly kind: "off_not_a_list" }
  | { readonly kind: "unknown_rule"; readonly key: string }
  | { readonly kind: "cannot_switch_off"; readonly key: ValidationCode }
  | { readonly kind: "bad_bound"; readonly key: BoundKey; readonly min: number };

export type SettingsRead = { readonly ok: true; readonly settings: ValidationSettings } | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

export type BoundKey = "jumpRatio" | "farFromTargetFactor";

/** The smallest value each bound may take: a jump ratio above 0, a factor above 1 (1 would flag every value). */
export const BOUND_MIN: Readonly<Record<BoundKey, number>> = { jumpRatio: 0, farFromTargetFactor: 1 };
const KEYS = new Set(["off", ...Object.keys(BOUND_MIN)]);
const CODES = new Set<string>(VALIDATION_CODES);

export function readValidationSettings(data: unknown): SettingsRead {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, problems: [{ kind: "not_an_object" }] };
  const record = data as Record<string, unknown>;
  const problems: SettingsProblem[] = Object.keys(record)
    .filter((key) => !KEYS.has(key))
    .map((key) => ({ kind: "unknown_key", key }));
  const off = readOff(record.off, problems);
  const bounds = {} as Record<BoundKey, number>;
  for (const key of Object.keys(BOUND_MIN) as BoundKey[]) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value === "number" && Number.isFinite(value) && value > BOUND_MIN[key]) bounds[key] = value;
    else problems.push({ kind: "bad_bound", key, min: BOUND_MIN[key] });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: { ...DEFAULT_VALIDATION_SETTINGS, ...bounds, off } };
}

function readOff(value: unknown, problems: SettingsProblem[]): ValidationCode[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ kind: "off_not_a_list" });
    return [];
  }
  const off: ValidationCode[] = [];
  for (const item of value) {
    if (typeof item !== "string" || !CODES.has(item)) problems.push({ kind: "unknown_rule", key: String(item) });
    else if (!VALIDATION_RULES[item as ValidationCode].canSwitchOff) problems.push({ kind: "cannot_switch_off", key: item as ValidationCode });
    else if (!off.includes(item as ValidationCode)) off.push(item as ValidationCode);
  }
  return off;
}
