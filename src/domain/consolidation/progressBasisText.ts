import type { IndicatorLine } from "./consolidateTables";
import { describeProgress, describeTaskRollUp } from "./progressMessages";

/**
 * The numbers behind an indicator's status (the progress method), or its tasks' counts for a target without a number;
 * null with neither. The draft and the indicators sheet both quote it, so each line's text is worked out once.
 */
export function progressBasisText(line: IndicatorLine): string | null {
  let text = TEXTS.get(line);
  if (text === undefined) TEXTS.set(line, (text = describe(line)));
  return text;
}

/** Kept as long as the line is: a pure memo. */
const TEXTS = new WeakMap<IndicatorLine, string | null>();

function describe(line: IndicatorLine): string | null {
  if (line.progress.assessment) return describeProgress(line.progress.assessment, line.unit, "vi");
  if (line.progress.rollUp) return describeTaskRollUp(line.progress.rollUp, "vi");
  return null;
}
