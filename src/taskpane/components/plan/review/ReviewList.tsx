import { Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { groupReviewItems, type ReviewScope, type ReviewSubject } from "../../../../domain/catalog/review/groupReviewItems";
import type { ReviewDecision } from "../../../../domain/catalog/review/reviewDecisions";
import type { PlanCatalog } from "../../../../domain/catalog/types";
import { useI18n } from "../../../i18n/I18nProvider";
import type { MessageKey } from "../../../i18n/messages";
import type { ReviewVerdictInput } from "./ReviewDecisionForm";
import { ReviewItemCard } from "./ReviewItemCard";

export interface ReviewListProps {
  readonly catalog: PlanCatalog;
  /** Decisions recorded in the workbook, by review item id. */
  readonly decisions: ReadonlyMap<string, ReviewDecision>;
  /** The name the officer signed with last time, offered for the next decision. */
  readonly reviewer: string;
  readonly onDecide: (itemId: string, verdict: ReviewVerdictInput | null) => Promise<void>;
}

const SCOPE_TITLE: Readonly<Record<ReviewScope, MessageKey>> = {
  plan: "reviewScopePlan",
  goal: "reviewScopeGoal",
  item: "reviewScopeItem",
};

const SUBJECT_LABEL: Readonly<Record<ReviewSubject["kind"], MessageKey | null>> = {
  plan: null,
  agency: "reviewSubjectAgency",
  goal: "reviewSubjectGoal",
  target: "reviewSubjectTarget",
  task: "reviewSubjectTask",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  subject: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  subjectHead: {
    display: "block",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
});

/** Every review item of the plan, grouped by what it is about, each with its decision. */
export function ReviewList({ catalog, decisions, reviewer, onDecide }: ReviewListProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [undecidedOnly, setUndecidedOnly] = useState(false);
  const sections = useMemo(() => groupReviewItems(catalog), [catalog]);
  const total = catalog.review.length;
  const decided = sections.reduce(
    (count, section) => count + section.subjects.reduce((sum, subject) => sum + subject.entries.filter((entry) => decisions.has(entry.id)).length, 0),
    0,
  );
  const shown = sections
    .map((section) => ({
      ...section,
      subjects: section.subjects
        .map((subject) => ({ ...subject, entries: subject.entries.filter((entry) => !undecidedOnly || !decisions.has(entry.id)) }))
        .filter((subject) => subject.entries.length > 0),
    }))
    .filter((section) => section.subjects.length > 0);

  const subjectHeading = (subject: ReviewSubject) => {
    const label = SUBJECT_LABEL[subject.kind];
    const name = label ? t(label, { id: subject.id ?? "" }) : null;
    return [name, subject.kind === "agency" ? null : subject.title].filter(Boolean).join(": ");
  };

  return (
    <div className={styles.root}>
      <Text className={styles.meta}>{t("reviewIntro")}</Text>
      <Text>{t("reviewProgress", { decided, total })}</Text>
      <Checkbox label={t("reviewUndecidedOnly")} checked={undecidedOnly} onChange={(_event, data) => setUndecidedOnly(data.checked === true)} />
      {shown.length === 0 && <Text>{t("reviewAllDecided")}</Text>}
      {shown.map((section) => (
        <section key={section.scope} className={styles.section} aria-label={t(SCOPE_TITLE[section.scope])}>
          <h3 className={styles.sectionTitle}>{t(SCOPE_TITLE[section.scope])}</h3>
          {section.subjects.map((subject) => (
            <div key={`${subject.kind}:${subject.id ?? ""}`} className={styles.subject}>
              {subject.kind !== "plan" && <Text className={styles.subjectHead} weight="semibold">{subjectHeading(subject)}</Text>}
              {subject.entries.map((entry) => (
                <ReviewItemCard key={entry.id} entry={entry} decision={decisions.get(entry.id) ?? null} reviewer={reviewer} onDecide={onDecide} />
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
