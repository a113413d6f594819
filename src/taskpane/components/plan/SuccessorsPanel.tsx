import { Badge, Button, Checkbox, Dropdown, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Agency, AgencySuccession } from "../../../domain/catalog/agency";
import { mergeSuccessions } from "../../../domain/catalog/agencies/mergeSuccessions";
import { resolveSuccessor } from "../../../domain/catalog/agencies/resolveSuccessor";
import type { AgencyId } from "../../../domain/catalog/types";
import { loadReviewerName } from "../../review/reviewerName";
import { useI18n } from "../../i18n/I18nProvider";

export interface SuccessorsPanelProps {
  /** Agencies the plan names. */
  readonly planAgencies: readonly Agency[];
  readonly directory: ReadonlyMap<AgencyId, Agency>;
  readonly bundled: readonly AgencySuccession[];
  readonly edits: readonly AgencySuccession[];
  readonly onEditsChange: (edits: readonly AgencySuccession[]) => void;
  /** ISO date: who holds each duty on this day. */
  readonly asOf: string;
}

const KEEP = "__keep__";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  edit: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/**
 * Which bodies named in the plan no longer exist and who holds their duties now, with the source of each mapping.
 * The officer can change a mapping; the plan itself stays as issued.
 */
export function SuccessorsPanel({ planAgencies, directory, bundled, edits, onEditsChange, asOf }: SuccessorsPanelProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState<AgencyId | null>(null);
  const merged = useMemo(() => mergeSuccessions(bundled, edits), [bundled, edits]);
  const name = (id: AgencyId) => directory.get(id)?.name ?? id;
  const rows = planAgencies
    .map((agency) => ({ agency, resolution: resolveSuccessor(agency.id, merged, asOf), edit: edits.find((e) => e.from === agency.id) }))
    .filter((row) => showAll || row.resolution.chain.length > 0 || row.edit);

  /**
   * An edit keeps the date and legal basis of the merger it corrects (the bundled mapping for that body), and records
   * who confirmed it and when; a body with no documented merger gets today and "edited by the planning office".
   */
  const setEdit = (from: AgencyId, to: readonly AgencyId[] | null) => {
    const others = edits.filter((edit) => edit.from !== from);
    const documented = bundled.find((succession) => succession.from === from);
    const confirmed = { confirmedBy: loadReviewerName() || t("successorsConfirmedByOffice"), confirmedAt: asOf };
    onEditsChange(
      to === null
        ? others
        : [
            ...others,
            documented
              ? { ...documented, to, uncertain: false, ...confirmed }
              : { from, to, effective: asOf, source: t("successorsEditedSource"), uncertain: false, ...confirmed },
          ],
    );
    setEditing(null);
  };
  /** Only bodies that exist today can receive duties: a body merged away is not offered. */
  const existsToday = (id: AgencyId) => resolveSuccessor(id, merged, asOf).chain.length === 0;

  return (
    <div className={styles.root}>
      <Text size={200}>{t("successorsIntro")}</Text>
      <Checkbox label={t("successorsShowAll")} checked={showAll} onChange={(_event, data) => setShowAll(data.checked === true)} />
      {rows.length === 0 && <Text italic>{t("successorsNone")}</Text>}
      {rows.map(({ agency, resolution, edit }) => {
        const changed = resolution.chain.length > 0 || (edit !== undefined && edit.to.length === 0);
        const uncertain = resolution.chain.some((succession) => succession.uncertain);
        const candidates = [...directory.values()]
          .filter((candidate) => candidate.id !== agency.id && candidate.kind !== "group" && existsToday(candidate.id) && (candidate.province === agency.province || resolution.current.some((id) => directory.get(id)?.province === candidate.province)))
          .sort((a, b) => a.name.localeCompare(b.name, "vi"));
        return (
          <div key={agency.id} className={styles.row} data-agency={agency.id}>
            <div className={styles.line}>
              <Text weight="semibold">{agency.name}</Text>
              <Text>→ {changed ? resolution.current.map(name).join("; ") : t("successorsUnchanged")}</Text>
              {uncertain && !edit && (
                <Badge appearance="tint" color="warning">
                  {t("successorsUncertain")}
                </Badge>
              )}
              {edit && (
                <Badge appearance="tint" color="brand">
                  {t("successorsEdited")}
                </Badge>
              )}
            </div>
            {resolution.chain.map((succession, index) => (
              <Text key={index} className={styles.source}>
                {succession.effective.split("-").reverse().join("/")}: {succession.note ?? ""} {succession.source}
                {succession.confirmedBy
                  ? ` ${t("successorsConfirmedBy", { name: succession.confirmedBy, date: (succession.confirmedAt ?? "").split("-").reverse().join("/") })}`
                  : ""}
              </Text>
            ))}
            {editing === agency.id ? (
              <div className={styles.edit}>
                <Dropdown
                  aria-label={t("successorsChoose", { agency: agency.name })}
                  placeholder={t("successorsChoose", { agency: agency.name })}
                  onOptionSelect={(_event, data) => {
                    if (data.optionValue === KEEP) setEdit(agency.id, []);
                    else if (data.optionValue) setEdit(agency.id, [data.optionValue as AgencyId]);
                  }}
                >
                  <Option value={KEEP}>{t("successorsKeep")}</Option>
                  {candidates.map((candidate) => (
                    <Option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </Option>
                  ))}
                </Dropdown>
                <Button size="small" appearance="subtle" onClick={() => setEditing(null)}>
                  {t("successorsCancel")}
                </Button>
              </div>
            ) : (
              <div className={styles.edit}>
                {uncertain && !edit && (
                  <Button size="small" appearance="primary" onClick={() => setEdit(agency.id, resolution.current)}>
                    {t("successorsConfirm")}
                  </Button>
                )}
                <Button size="small" onClick={() => setEditing(agency.id)}>
                  {t("successorsChange")}
                </Button>
                {edit && (
                  <Button size="small" appearance="subtle" onClick={() => setEdit(agency.id, null)}>
                    {t("successorsReset")}
                  </Button>
                )}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
