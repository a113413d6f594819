import type { ReviewVerdict } from "../../../../domain/catalog/review/reviewDecisions";
import type { MessageKey } from "../../../i18n/messages";

export const VERDICT_LABEL: Readonly<Record<ReviewVerdict, MessageKey>> = {
  confirmed: "reviewVerdictConfirmed",
  needs_fix: "reviewVerdictNeedsFix",
  dismissed: "reviewVerdictDismissed",
};

export const VERDICT_COLOR: Readonly<Record<ReviewVerdict, "success" | "warning" | "informative">> = {
  confirmed: "success",
  needs_fix: "warning",
  dismissed: "informative",
};
