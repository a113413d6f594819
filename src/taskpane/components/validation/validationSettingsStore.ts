import { readValidationSettings } from "../../../domain/validation/readValidationSettings";
import { DEFAULT_VALIDATION_SETTINGS, VALIDATION_CODES, type ValidationCode, type ValidationSettings } from "../../../domain/validation/validationRules";
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

/**
 * Settings from stored JSON, read by the domain's reader: stored text that does not read whole (damaged, or written by
 * another release) gives the built-in settings rather than half of what was meant. Stored text never throws.
 */
export function parseValidationSettings(text: string | null | undefined): ValidationSettings {
  let stored: unknown;
  try {
    stored = text ? JSON.parse(text) : null;
  } catch {
    return DEFAULT_VALIDATION_SETTINGS;
  }
  const read = readValidationSettings(stored);
  return read.ok ? read.settings : DEFAULT_VALIDATION_SETTINGS;
}

export function serializeValidationSettings(settings: ValidationSettings): string {
  const off: ValidationCode[] = VALIDATION_CODES.filter((code) => settings.off.includes(code));
  return JSON.stringify({ off, jumpRatio: settings.jumpRatio, farFromTargetFactor: settings.farFromTargetFactor });
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
