import type { CSSProperties } from "react";
import { formatDateVi } from "../../domain/text/vietnameseFormat";
import type { SentDateText } from "../i18n/sentDateMessages";
import { fileSubmission, sentOn, type DatedFile } from "./sentDate";
import type { TemplateKit } from "./templates/templateKit";

export interface SentDateFieldProps {
  /** Fluent's parts from the first screen (see templateKit.ts): this field adds no Fluent module to a chunk. */
  readonly kit: Pick<TemplateKit, "Field" | "Input">;
  readonly text: SentDateText;
  /** The picked file, or null for the workbook open in Excel, which has no file date. */
  readonly file: DatedFile | null;
  /** What the officer typed, as typed. */
  readonly entry: string;
  readonly onEntry: (entry: string) => void;
  readonly disabled?: boolean;
}

const STYLE = { maxWidth: "280px" } satisfies CSSProperties;

/**
 * The day the return arrived: the file's save date until the officer types another. An entry that is not a real
 * day is shown as wrong and not used.
 */
export function SentDateField(props: SentDateFieldProps) {
  const { kit, text, file, entry, onEntry } = props;
  const { Field, Input } = kit;
  const used = sentOn(file, entry);
  const saved = fileSubmission(file)?.on ?? null;
  const invalid = entry.trim() !== "" && used?.source !== "entered";
  return (
    <Field
      size="small"
      orientation="horizontal"
      style={STYLE}
      label={text("sentDate")}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? text("sentInvalid") : undefined}
      hint={hintOf(text, used?.source === "entered", saved)}
    >
      <Input size="small" value={entry} placeholder="dd/mm/yyyy" disabled={props.disabled} onChange={(_event, data) => onEntry(data.value)} />
    </Field>
  );
}

function hintOf(text: SentDateText, entered: boolean, saved: string | null): string {
  if (entered) return saved ? text("sentEntered", { date: formatDateVi(saved) }) : text("sentEnteredNoFile");
  return saved ? text("sentFromFile", { date: formatDateVi(saved) }) : text("sentUnknown");
}
