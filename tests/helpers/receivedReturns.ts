import type { ReceivedReturn } from "../../src/domain/consolidation/submissions";
import type { ReadInput } from "../../src/domain/validation/checkInputs";

/** Returns as validation hands them to consolidation, built by hand: the cells a return was read from, and the return. */

export const numberAt = (value: number, address: string, sheet = "S"): ReadInput => ({
  value: { kind: "number", value },
  sheet,
  address,
});
export const textAt = (text: string, address: string, sheet = "S"): ReadInput => ({
  value: { kind: "text", text },
  sheet,
  address,
});
export const statusAt = (label: string, address: string, sheet = "S"): ReadInput => ({
  value: { kind: "status", option: { label } },
  sheet,
  address,
});

/** A sound return of plan "kh" for 2026, with no issues and no readings unless given. */
export function receivedReturn(
  file: string,
  agency: string | null,
  submittedOn: string | null,
  extra: Partial<ReceivedReturn> = {},
): ReceivedReturn {
  return { file, agency, year: 2026, plans: ["kh"], submittedOn, issues: [], readings: [], ...extra };
}
