/**
 * Why a value or deadline could not be read with confidence. The importer turns an ambiguity
 * into a ReviewItem (code = reason) instead of guessing; wording lives in valueMessages.ts.
 */
export type ValueAmbiguityReason =
  /** A year range runs backwards, e.g. "Giai đoạn 2021-2020". */
  | "year_typo"
  /** A dot that is not a thousands separator ("1.5"), or mixed English/Vietnamese separators. */
  | "number_format"
  /** A unit that does not fit what is measured, e.g. an infant mortality rate printed in "%". */
  | "unit_suspect"
  /** A date or month that does not exist ("31/4", "tháng 13"). */
  | "invalid_date"
  /** A deadline cell with text but no deadline we can read. */
  | "deadline_unrecognised";

export interface ValueAmbiguity {
  readonly reason: ValueAmbiguityReason;
  /** The readings a person can choose between, as short strings ("2021-2030", "21,5‰"). */
  readonly candidates: readonly string[];
}
