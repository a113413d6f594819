import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ReviewEntry } from "../../../../domain/catalog/review/groupReviewItems";
import type { ReviewDecision } from "../../../../domain/catalog/review/reviewDecisions";
import { useI18n } from "../../../i18n/I18nProvider";
import { ReviewDecisionForm, type ReviewVerdictInput } from "./ReviewDecisionForm";
import { VERDICT_COLOR, VERDICT_LABEL } from "./verdictLabels";

export interface ReviewItemCardProps {
  readonly entry: ReviewEntry;
  readonly decision: ReviewDecision | null;
  readonly reviewer: string;
  readonly onDecide: (itemId: string, verdict: ReviewVerdictInput | null) => Promise<void>;
}

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: "anywhere",
    ":first-child": { borderTop: "none" },
  },
  message: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // The whole quote, however long: the officer compares it with the printed document.
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
  },
  decision: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  note: { fontSize: tokens.fontSizeBase200, whiteSpace: "pre-wrap" },
});

/** One review item: what is unclear, the readings to choose from, the quoted passage, and the officer's decision. */
export function ReviewItemCard({ entry, decision, reviewer, onDecide }: ReviewItemCardProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const { item } = entry;
  const lines =
    item.source.endLine && item.source.endLine !== item.source.line
      ? t("reviewSourceLines", { line: item.source.line, endLine: item.source.endLine })
      : t("reviewSourceLine", { line: item.source.line });

  return (
    <article className={styles.card} aria-label={entry.id} data-review-id={entry.id}>
      <Text className={styles.message}>{item.message}</Text>
      {item.candidates.length > 0 && <Text className={styles.meta}>{t("itemCandidates", { candidates: item.candidates.join(" | ") })}</Text>}
      <blockquote className={styles.quote}>
        {lines}: “{item.source.quote}”
      </blockquote>
      {editing ? (
        <ReviewDecisionForm current={decision} reviewer={reviewer} onSave={(verdict) => onDecide(entry.id, verdict)} onClose={() => setEditing(false)} />
      ) : (
        <div className={styles.decision}>
          {decision && (
            <Badge appearance="tint" color={VERDICT_COLOR[decision.decision]}>
              {t(VERDICT_LABEL[decision.decision])}
            </Badge>
          )}
          {decision && (decision.at || decision.by) && (
            <Text className={styles.meta}>
              {[decision.at ? t("reviewDecidedOn", { date: displayDate(decision.at, language) }) : null, decision.by].filter(Boolean).join(" · ")}
            </Text>
          )}
          <Button size="small" appearance={decision ? "subtle" : "secondary"} onClick={() => setEditing(true)}>
            {t(decision ? "reviewChange" : "reviewDecide")}
          </Button>
        </div>
      )}
      {!editing && decision?.note && <Text className={styles.note}>{decision.note}</Text>}
    </article>
  );
}

function displayDate(iso: string, language: "vi" | "en"): string {
  const [year, month, day] = iso.slice(0, 10).split("-");
  return language === "vi" ? `${day}/${month}/${year}` : `${year}-${month}-${day}`;
}
