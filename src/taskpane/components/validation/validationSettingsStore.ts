import {
  DEFAULT_VALIDATION_SETTINGS,
  VALIDATION_CODES,
  VALIDATION_RULES,
  type ValidationCode,
  type ValidationSettings,
} from "../../../domain/validation/validationRules";
import type { WorkbookPort } from "../../../workbook/port";

/** The workbook metadata entry holding the officer's rule settings in Excel, as JSON. */
export const VALIDATION_SETTINGS_ENTRY = "validation.settings";
/** The localStorage key holding them in standalone mode. */
export const VALIDATION_SETTINGS_STORAGE_KEY = "plan-tracker.validation.settings";

/** Where the settings are kept: the open workbook (Excel) or this browser (standalone). */
export interface SettingsStore {
  readonly where: "workbook" | "device";
  load(): Promise<ValidationSettings>;
  save(settings: ValidationSettings): Promise<void>;
}

/** The smallest bound each setting may take (exclusive): a ratio above 0, a factor above 1. */
export const BOUND_MINIMUM = { jumpRatio: 0, farFromTargetFactor: 1 } as const;

/**
 * Settings from stored JSON; whatever is missing, unknown or out of bounds falls back to the built-in value, and only
 * rules that may be switched off stay off. Stored text is user data: it never throws.
 */
export function parseValidationSettings(text: string | null | undefined): ValidationSettings {
  let stored: unknown;
  try {
    stored = text ? JSON.parse(text) : null;
  } catch {
    stored = null;
  }
  if (typeof stored !== "object" || stored === null) return DEFAULT_VALIDATION_SETTINGS;
  const record = stored as Record<string, unknown>;
  const listed: unknown[] = Array.isArray(record.off) ? record.off : [];
  const off = VALIDATION_CODES.filter((code) => listed.includes(code) && VALIDATION_RULES[code].canSwitchOff);
  return {
    off,
    jumpRatio: boundOr(record.jumpRatio, BOUND_MINIMUM.jumpRatio, DEFAULT_VALIDATION_SETTINGS.jumpRatio),
    farFromTargetFactor: boundOr(record.farFromTargetFactor, BOUND_MINIMUM.farFromTargetFactor, DEFAULT_VALIDATION_SETTINGS.farFromTargetFactor),
  };
}

export function serializeValidationSettings(settings: ValidationSettings): string {
  const off: ValidationCode[] = VALIDATION_CODES.filter((code) => settings.off.includes(code));
  return JSON.stringify({ off, jumpRatio: settings.jumpRatio, farFromTargetFactor: settings.farFromTargetFactor });
}

function boundOr(value: unknown, minimum: number, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value > minimum ? value : fallback;
}

/** Excel: the settings travel with the workbook, in the add-in's metadata. */
export function workbookSettingsStore(port: () => WorkbookPort, changed: () => void): SettingsStore {
  return {
    where: "workbook",
    async load() {
      return parseValidationSettings((await port().inspect()).metadata[VALIDATION_SETTINGS_ENTRY]);
    },
    async save(settings) {
      await port().apply([{ kind: "setMetadata", entries: { [VALIDATION_SETTINGS_ENTRY]: serializeValidationSettings(settings) } }]);
      changed();
    },
  };
}

/** Standalone: this browser keeps them. Blocked storage (some Office webviews) means the built-in settings. */
export function deviceSettingsStore(storage: () => Storage | undefined = () => globalThis.localStorage): SettingsStore {
  return {
    where: "device",
    async load() {
      try {
        return parseValidationSettings(storage()?.getItem(VALIDATION_SETTINGS_STORAGE_KEY));
      } catch {
        return DEFAULT_VALIDATION_SETTINGS;
      }
    },
    async save(settings) {
      storage()?.setItem(VALIDATION_SETTINGS_STORAGE_KEY, serializeValidationSettings(settings));
    },
  };
}
