import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Warning16Regular } from "@fluentui/react-icons";
import type { Agency } from "../../../domain/catalog/agency";
import type { AgencyId, Indicator, ReviewItem, SourceRef, Target, Task } from "../../../domain/catalog/types";
import { formatNumberVi } from "../../../domain/text/vietnameseFormat";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    // Long codes, URLs and agency lists wrap rather than widen the card.
    overflowWrap: "anywhere",
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0 },
  code: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, fontStyle: "italic" },
  review: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, display: "flex", gap: "4px" },
  indicators: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

interface AgencyLinesProps {
  readonly lead: readonly AgencyId[];
  readonly partners: readonly AgencyId[];
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
}

function AgencyLines({ lead, partners, agencies }: AgencyLinesProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const names = (ids: readonly AgencyId[]) => ids.map((id) => agencies.get(id)?.name ?? id).join("; ");
  return (
    <>
      <Text className={styles.meta}>
        {t("itemLead")}: {lead.length > 0 ? names(lead) : t("itemNoLead")}
      </Text>
      {partners.length > 0 && (
        <Text className={styles.meta}>
          {t("itemPartners")}: {names(partners)}
        </Text>
      )}
    </>
  );
}

function Evidence({ source, review }: { readonly source?: SourceRef; readonly review: readonly ReviewItem[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <>
      {source && (
        <Text className={styles.source}>
          {t("itemSource", { line: source.line })}: “{source.quote}”
        </Text>
      )}
      {review.map((item, index) => (
        <Text key={index} className={styles.review}>
          <Warning16Regular />
          <span>
            {t("itemReview")}: {item.message}
            {item.candidates.length > 0 ? ` ${t("itemCandidates", { candidates: item.candidates.join(" | ") })}` : ""}
          </span>
        </Text>
      ))}
    </>
  );
}

/** "Tỷ lệ hộ nghèo 9,5–10 % (2030)": numbers as Vietnamese documents write them when the pane speaks Vietnamese. */
function indicatorText(indicator: Indicator, language: string): string {
  const number = (value: number | null) => (value === null ? "?" : language === "vi" ? formatNumberVi(value) : String(value));
  const value =
    indicator.comparator === "between"
      ? `${number(indicator.value)}–${number(indicator.valueMax)}`
      : `${indicator.comparator && indicator.comparator !== "=" ? `${indicator.comparator} ` : ""}${indicator.value === null ? "" : number(indicator.value)}`;
  return [indicator.label, value.trim(), indicator.unit, indicator.year ? `(${indicator.year})` : null].filter(Boolean).join(" ");
}

export function TargetCard({ target, agencies, review }: { readonly target: Target; readonly agencies: ReadonlyMap<AgencyId, Agency>; readonly review: readonly ReviewItem[] }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  return (
    <article className={styles.card} aria-label={`${target.code}`}>
      <div className={styles.head}>
        <Text className={styles.code}>{target.code}</Text>
        <Text>{target.text}</Text>
        {review.length > 0 && <Badge appearance="tint" color="warning" size="small" icon={<Warning16Regular />} />}
      </div>
      {target.indicators.length > 0 && (
        <ul className={styles.indicators} aria-label={t("itemIndicators")}>
          {target.indicators.map((indicator, index) => (
            <li key={index}>{indicatorText(indicator, language)}</li>
          ))}
        </ul>
      )}
      {target.nationalIndicators && target.nationalIndicators.length > 0 && (
        <Text className={styles.meta}>
          {t("itemNational")}: {target.nationalIndicators.map((indicator) => indicatorText(indicator, language)).join("; ")}
        </Text>
      )}
      <AgencyLines lead={target.lead} partners={target.partners} agencies={agencies} />
      <Evidence source={target.source} review={review} />
    </article>
  );
}

export function TaskCard({ task, agencies, review }: { readonly task: Task; readonly agencies: ReadonlyMap<AgencyId, Agency>; readonly review: readonly ReviewItem[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <article className={styles.card} aria-label={`${task.id}`}>
      <div className={styles.head}>
        <Text className={styles.code}>{task.id}</Text>
        <Text>{task.text}</Text>
        {review.length > 0 && <Badge appearance="tint" color="warning" size="small" icon={<Warning16Regular />} />}
      </div>
      <AgencyLines lead={task.lead} partners={task.partners} agencies={agencies} />
      {task.due.text && (
        <Text className={styles.meta}>
          {t("itemDue")}: {task.due.text}
        </Text>
      )}
      {task.outputs.length > 0 && (
        <Text className={styles.meta}>
          {t("itemOutputs")}: {task.outputs.join("; ")}
        </Text>
      )}
      <Evidence source={task.source} review={review} />
    </article>
  );
}
