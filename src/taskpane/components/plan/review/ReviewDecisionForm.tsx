import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { REVIEW_VERDICTS, type ReviewDecision, type ReviewVerdict } from "../../../../domain/catalog/review/reviewDecisions";
import { useI18n } from "../../../i18n/I18nProvider";
import { VERDICT_LABEL } from "./verdictLabels";

/** What the officer chose; the pane adds when. */
export interface ReviewVerdictInput {
  readonly decision: ReviewVerdict;
  readonly note: string;
  /** Who decided; empty when the officer gave no name. */
  readonly by: string;
}

export interface ReviewDecisionFormProps {
  readonly current: ReviewDecision | null;
  /** The name to sign with when the decision has none yet: the one used last time. */
  readonly reviewer: string;
  /** Null withdraws the decision. Rejects when the workbook could not be written. */
  readonly onSave: (verdict: ReviewVerdictInput | null) => Promise<void>;
  readonly onClose: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Choose a verdict and write a note; saving writes the decision into the workbook. */
export function ReviewDecisionForm({ current, reviewer, onSave, onClose }: ReviewDecisionFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [verdict, setVerdict] = useState<ReviewVerdict | null>(current?.decision ?? null);
  const [note, setNote] = useState(current?.note ?? "");
  const [by, setBy] = useState(current?.by ?? reviewer);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (input: ReviewVerdictInput | null) => {
    setSaving(true);
    setError(null);
    try {
      await onSave(input);
      onClose();
    } catch (cause) {
      setError(t("reviewSaveFailed", { detail: cause instanceof Error ? cause.message : String(cause) }));
      setSaving(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field label={t("reviewVerdict")}>
        <RadioGroup value={verdict ?? ""} onChange={(_event, data) => setVerdict(data.value as ReviewVerdict)}>
          {REVIEW_VERDICTS.map((candidate) => (
            <Radio key={candidate} value={candidate} label={t(VERDICT_LABEL[candidate])} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("reviewNote")}>
        <Textarea value={note} placeholder={t("reviewNotePlaceholder")} resize="vertical" onChange={(_event, data) => setNote(data.value)} />
      </Field>
      <Field label={t("reviewBy")}>
        <Input value={by} onChange={(_event, data) => setBy(data.value)} />
      </Field>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={verdict === null || saving} onClick={() => verdict && void save({ decision: verdict, note: note.trim(), by: by.trim() })}>
          {t("reviewSave")}
        </Button>
        <Button disabled={saving} onClick={onClose}>
          {t("reviewCancel")}
        </Button>
        {current && (
          <Button appearance="subtle" disabled={saving} onClick={() => void save(null)}>
            {t("reviewWithdraw")}
          </Button>
        )}
      </div>
    </div>
  );
}
