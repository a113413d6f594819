import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Agency } from "../../../domain/catalog/agency";
import type { AgencyId } from "../../../domain/catalog/types";
import type { SheetLanguage } from "../../../domain/planSheets/sheetLabels";
import type { InjectPlanResult } from "../../../workflows/injectPlan";
import { isWorkbookFileError } from "../../../workbook/fileProblems";
import { fileProblemText } from "../../fileProblemText";
import { useI18n } from "../../i18n/I18nProvider";

export interface InjectRequest {
  readonly agency: AgencyId | null;
  readonly language: SheetLanguage;
}

export interface InjectPanelProps {
  /** Agencies that lead or support something in the plan, for the slice picker. */
  readonly agencies: readonly Agency[];
  readonly onInject: (request: InjectRequest, onProgress: (fraction: number) => void) => Promise<InjectPlanResult>;
}

type Outcome =
  | { readonly kind: "done"; readonly result: InjectPlanResult }
  | { readonly kind: "failed"; readonly detail: string }
  /** The file itself rules the write out (read-only format, protected structure); its message says what to do. */
  | { readonly kind: "refused"; readonly detail: string }
  | null;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

const ALL = "__all__";

/** Injects the chosen plan, or one agency's slice of it, with a progress bar and a plain report of what went where. */
export function InjectPanel({ agencies, onInject }: InjectPanelProps) {
  const styles = useStyles();
  const { t, language: uiLanguage } = useI18n();
  const [agency, setAgency] = useState<AgencyId | null>(null);
  const [language, setLanguage] = useState<SheetLanguage>("vi");
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const chosen = agencies.find((candidate) => candidate.id === agency) ?? null;

  const run = async () => {
    setOutcome(null);
    setProgress(0);
    try {
      const result = await onInject({ agency, language }, setProgress);
      setOutcome({ kind: "done", result });
    } catch (error) {
      if (isWorkbookFileError(error)) setOutcome({ kind: "refused", detail: await fileProblemText(error, uiLanguage) });
      else setOutcome({ kind: "failed", detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className={styles.root}>
      <Field label={t("injectScope")} hint={t("injectScopeHint")}>
        <Dropdown
          value={chosen?.name ?? t("injectScopeAll")}
          selectedOptions={[agency ?? ALL]}
          onOptionSelect={(_event, data) => setAgency(data.optionValue && data.optionValue !== ALL ? (data.optionValue as AgencyId) : null)}
        >
          <Option value={ALL}>{t("injectScopeAll")}</Option>
          {agencies.map((candidate) => (
            <Option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("injectLanguage")}>
        <RadioGroup layout="horizontal" value={language} onChange={(_event, data) => setLanguage(data.value as SheetLanguage)}>
          <Radio value="vi" label="Tiếng Việt" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </Field>
      <Button appearance="primary" icon={<ArrowDownload20Regular />} disabled={progress !== null} onClick={() => void run()}>
        {t("injectButton")}
      </Button>
      {progress !== null && (
        <Field validationMessage={t("injectRunning")} validationState="none">
          <ProgressBar value={progress} max={1} />
        </Field>
      )}
      {outcome?.kind === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("injectDone", { count: outcome.result.sheets.length, sheets: outcome.result.sheets.map((sheet) => `“${sheet.name}”`).join(", ") })}
            <ul className={styles.list}>
              {outcome.result.sheets.flatMap((sheet) => [
                ...(sheet.nameTaken ? [<li key={`${sheet.role}-taken`}>{t("injectNameTaken", { taken: sheet.nameTaken, name: sheet.name })}</li>] : []),
                ...(sheet.updated ? [<li key={`${sheet.role}-updated`}>{t("injectUpdated", { name: sheet.name })}</li>] : []),
              ])}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "refused" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{outcome.detail}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t("injectFailed", { detail: outcome.detail })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
