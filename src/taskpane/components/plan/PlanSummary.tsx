import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { PlanCatalog } from "../../../domain/catalog/types";
import { useI18n } from "../../i18n/I18nProvider";

export interface PlanSummaryProps {
  readonly catalog: PlanCatalog;
  readonly onShowReview: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: "2px", margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
});

function vnDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/** Identity, reporting regime and counts of the chosen plan, and how much of it needs a person's review. */
export function PlanSummary({ catalog, onShowReview }: PlanSummaryProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const deadline = catalog.reporting.agencyDeadline;
  const documentText = [catalog.documentNumber, catalog.issuedOn ? vnDate(catalog.issuedOn) : null].filter(Boolean).join(", ");
  return (
    <div className={styles.root}>
      <Text className={styles.title}>{catalog.title}</Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t("planIssuer")}</dt>
        <dd className={styles.value}>{catalog.issuer}</dd>
        <dt className={styles.term}>{t("planDocument")}</dt>
        <dd className={styles.value}>{documentText || t("planUnknown")}</dd>
        <dt className={styles.term}>{t("planPeriod")}</dt>
        <dd className={styles.value}>
          {catalog.period.from ?? "…"} – {catalog.period.to ?? "…"}
        </dd>
        <dt className={styles.term}>{t("planDeadline")}</dt>
        <dd className={styles.value}>
          {deadline ? t("planDeadlineValue", { date: deadline.split("-").reverse().join("/") }) : t("planDeadlineNone")}
        </dd>
      </dl>
      <Text>{t("planCounts", { goals: catalog.goals.length, targets: catalog.targets.length, tasks: catalog.tasks.length })}</Text>
      {catalog.review.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("planReviewNotice", { count: catalog.review.length })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onShowReview}>
              {t("planReviewShow")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
