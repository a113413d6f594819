import { useEffect, useMemo, useState } from "react";
import type { Agency } from "../../../domain/catalog/agency";
import type { AgencyId } from "../../../domain/catalog/types";
import type { AgencyDuties } from "../../../domain/templates/distributeDuties";
import { parseVietnameseDate, resolveReportingDates } from "../../../domain/templates/reportingDates";
import { templateErrorMessage } from "../../../domain/templates/templateMessages";
import {
  prepareTemplates,
  type PendingAssignment,
  type Prepared,
  type TemplateRequestInput,
} from "../../../workflows/generateTemplates";
import { PlanChoice } from "../PlanChoice";
import type { PlanSectionProps } from "../sectionProps";
import { deliverTemplates, type Delivery } from "./deliverTemplates";
import { DateField, DateNotes, DeliveryReport, PendingDuties } from "./templatePanelParts";
import { STYLES } from "./templatePanelStyles";
import { useLoadedPlans } from "./useLoadedPlans";
import { templateText, type TemplateText } from "./templateTexts";

export type TemplatePanelProps = PlanSectionProps;

const ALL = "__all__";

/** The "Mẫu báo cáo" panel: plans, year, dates and recipients of the progress templates, checked before any write. */
export default function TemplatePanel({
  catalog,
  plans,
  loadCatalog,
  agencies,
  successions,
  asOf,
  target,
  language,
  kit,
}: TemplatePanelProps) {
  const {
    Button,
    Dropdown,
    Field,
    Input,
    MessageBar,
    MessageBarBody,
    Option,
    Radio,
    RadioGroup,
    Spinner,
    Text,
  } = kit;
  const styles = STYLES;
  const text = useMemo(() => templateText(language, kit.format), [language, kit.format]);
  const [planIds, setPlanIds] = useState<readonly string[]>([catalog.id]);
  const loaded = useLoadedPlans(catalog, planIds, loadCatalog);
  const [yearText, setYearText] = useState(asOf.slice(0, 4));
  const [cutoffText, setCutoffText] = useState<string | null>(null);
  const [deadlineText, setDeadlineText] = useState<string | null>(null);
  const [agency, setAgency] = useState<string>(ALL);
  const [choices, setChoices] = useState<Readonly<Record<string, readonly AgencyId[]>>>({});
  const [acceptSuggestions, setAcceptSuggestions] = useState(false);
  const [into, setInto] = useState<"sheets" | "workbooks">(
    target.kind === "excel" && target.openNewWorkbook ? "workbooks" : "sheets",
  );
  const [running, setRunning] = useState(false);
  const [delivery, setDelivery] = useState<Delivery | { kind: "failed"; detail: string } | null>(null);

  const year = Number(yearText);
  const defaults = useMemo(
    () => (loaded && Number.isInteger(year) ? resolveReportingDates(loaded, year) : null),
    [loaded, year],
  );
  const cutoff = cutoffText === null ? null : parseVietnameseDate(cutoffText);
  const deadline = deadlineText === null ? null : parseVietnameseDate(deadlineText);
  const datesValid = (cutoffText === null || cutoff !== null) && (deadlineText === null || deadline !== null);

  const request = useMemo(
    (): Omit<TemplateRequestInput, "recipients"> | null =>
      loaded && datesValid
        ? {
            planIds,
            loadPlan: (id) => loaded.find((plan) => plan.id === id) ?? null,
            year,
            cutoff,
            deadline,
            agencies,
            successions,
            choices,
            acceptSuggestions,
            asOf,
          }
        : null,
    [loaded, datesValid, planIds, year, cutoff, deadline, agencies, successions, choices, acceptSuggestions, asOf],
  );
  const preview = usePreview(request);
  const prepared = preview?.ok ? preview.prepared : null;
  const receiving =
    prepared?.assignments.flatMap((assignment) => (assignment.status === "template" ? [assignment] : [])) ?? [];
  const idle = (prepared?.assignments.length ?? 0) - receiving.length;
  const chosen = receiving.find((assignment) => assignment.agency.id === agency) ?? null;
  const excelAllBlocked = target.kind === "excel" && into === "sheets" && chosen === null;

  const togglePlan = (planId: string, on: boolean) =>
    setPlanIds((current) =>
      on
        ? plans.map((plan) => plan.planId).filter((id) => id === planId || current.includes(id))
        : current.filter((id) => id !== planId),
    );

  const generate = async () => {
    if (!request) return;
    setRunning(true);
    setDelivery(null);
    try {
      setDelivery(
        await deliverTemplates({ ...request, recipients: chosen ? { agency: chosen.agency.id } : "all" }, target, into),
      );
    } catch (error) {
      setDelivery({ kind: "failed", detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <div style={styles.root} data-testid="template-panel">
      <Text size={200} style={styles.muted}>
        {text("intro")}
      </Text>
      <PlanChoice kit={kit} text={text} catalog={catalog} plans={plans} planIds={planIds} onToggle={togglePlan} />
      <Field label={text("year")}>
        <Input value={yearText} inputMode="numeric" onChange={(_event, data) => setYearText(data.value)} />
      </Field>
      <div style={styles.dates}>
        <DateField
          kit={kit}
          style={styles.date}
          label={text("cutoff")}
          value={cutoffText}
          fallback={defaults?.cutoff ?? null}
          onChange={setCutoffText}
          text={text}
        />
        <DateField
          kit={kit}
          style={styles.date}
          label={text("deadline")}
          value={deadlineText}
          fallback={defaults?.deadline ?? null}
          onChange={setDeadlineText}
          text={text}
        />
      </div>
      <Text size={200} style={styles.muted}>
        {text("datesHint")}
      </Text>
      {!loaded && <Spinner size="tiny" label={text("plansLoading")} />}
      {preview && !preview.ok && (
        <MessageBar intent="error" layout="multiline" data-testid="template-error">
          <MessageBarBody>{templateErrorMessage(preview.error)}</MessageBarBody>
        </MessageBar>
      )}
      {prepared && <DateNotes kit={kit} notes={prepared.dates.notes} text={text} />}
      {prepared && (
        <Field
          label={text("agency")}
          hint={chosen ? inheritanceHint(chosen.duties, prepared.directory, text) : undefined}
        >
          <Dropdown
            value={chosen ? chosen.agency.name : text("agencyAll", { count: receiving.length })}
            selectedOptions={[chosen ? chosen.agency.id : ALL]}
            onOptionSelect={(_event, data) => setAgency(data.optionValue ?? ALL)}
          >
            <Option value={ALL}>{text("agencyAll", { count: receiving.length })}</Option>
            {receiving.map((assignment) => (
              <Option key={assignment.agency.id} value={assignment.agency.id} text={assignment.agency.name}>
                {text("agencyRows", { name: assignment.agency.name, count: rowCount(assignment.duties) })}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {prepared && prepared.pending.length > 0 && (
        <PendingDuties
          kit={kit}
          pending={prepared.pending}
          directory={prepared.directory}
          choices={choices}
          acceptSuggestions={acceptSuggestions}
          onAcceptSuggestions={setAcceptSuggestions}
          onChoose={(duty, picked) => setChoices((current) => withChoice(current, duty, picked))}
          text={text}
        />
      )}
      {target.kind === "excel" && target.openNewWorkbook && (
        <Field label={text("outputExcel")}>
          <RadioGroup value={into} onChange={(_event, data) => setInto(data.value as "sheets" | "workbooks")}>
            <Radio value="workbooks" label={text("outputNewWorkbook")} />
            <Radio value="sheets" label={text("outputSheets")} />
          </RadioGroup>
        </Field>
      )}
      {prepared && excelAllBlocked && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text("excelAllNeedsNewWorkbook")}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        appearance="primary"
        disabled={!prepared || running || excelAllBlocked || receiving.length === 0}
        onClick={() => void generate()}
      >
        {target.kind === "excel" ? text("generateExcel") : chosen ? text("generateOne") : text("generateAll")}
      </Button>
      {running && <Spinner size="tiny" label={text("running")} />}
      {delivery && <DeliveryReport kit={kit} delivery={delivery} idle={chosen ? 0 : idle} text={text} />}
    </div>
  );
}

/** prepareTemplates for every recipient: what would be written, or the typed error; nothing is written. */
function usePreview(request: Omit<TemplateRequestInput, "recipients"> | null): Prepared | null {
  const [preview, setPreview] = useState<Prepared | null>(null);
  useEffect(() => {
    if (!request) return;
    let cancelled = false;
    void prepareTemplates({ ...request, recipients: "all" }).then((prepared) => !cancelled && setPreview(prepared));
    return () => {
      cancelled = true;
    };
  }, [request]);
  return request ? preview : null;
}

/**
 * The bodies whose duties the agency now carries, each marked when the mapping is our best reading rather than a
 * documented fact, so that an uncertain mapping is never shown as settled.
 */
function inheritanceHint(
  duties: AgencyDuties,
  directory: ReadonlyMap<AgencyId, Agency>,
  text: TemplateText,
): string | undefined {
  const uncertain = new Map<AgencyId, boolean>();
  for (const row of [...duties.indicators, ...duties.leadTasks, ...duties.partnerTasks]) {
    for (const entry of row.inherited)
      uncertain.set(entry.from, (uncertain.get(entry.from) ?? false) || entry.uncertain);
  }
  if (uncertain.size === 0) return undefined;
  const names = [...uncertain].map(([id, doubtful]) => {
    const name = directory.get(id)?.shortName ?? id;
    return doubtful ? text("inheritedUncertain", { name }) : name;
  });
  return text("inherited", { from: names.join(", ") });
}

function rowCount(duties: {
  readonly indicators: readonly unknown[];
  readonly leadTasks: readonly unknown[];
  readonly partnerTasks: readonly unknown[];
}): number {
  return duties.indicators.length + duties.leadTasks.length + duties.partnerTasks.length;
}

/** A duty waiting on two split bodies keeps one pick per body: the pick among this body's candidates is replaced. */
function withChoice(
  choices: Readonly<Record<string, readonly AgencyId[]>>,
  duty: PendingAssignment,
  picked: AgencyId | null,
): Readonly<Record<string, readonly AgencyId[]>> {
  const kept = (choices[duty.dutyKey] ?? []).filter((id) => !duty.candidates.includes(id));
  const next = picked ? [...kept, picked] : kept;
  const { [duty.dutyKey]: _dropped, ...rest } = choices;
  return next.length > 0 ? { ...rest, [duty.dutyKey]: next } : rest;
}
