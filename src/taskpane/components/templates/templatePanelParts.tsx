import type { CSSProperties } from "react";
import type { Agency } from "../../../domain/catalog/agency";
import type { AgencyId } from "../../../domain/catalog/types";
import { parseVietnameseDate, vietnameseDate, type ReportingDates } from "../../../domain/templates/reportingDates";
import { templateErrorMessage } from "../../../domain/templates/templateMessages";
import type { PendingAssignment } from "../../../workflows/generateTemplates";
import type { Delivery } from "./deliverTemplates";
import type { TemplateKit } from "./templateKit";
import { STYLES } from "./templatePanelStyles";
import type { TemplateText } from "./templateTexts";

/** The template panel's parts: date fields, date notes, the split bodies' waiting duties, and the outcome. */

export function DateField(props: {
  readonly kit: TemplateKit;
  readonly style: CSSProperties;
  readonly label: string;
  readonly value: string | null;
  readonly fallback: string | null;
  readonly onChange: (value: string | null) => void;
  readonly text: TemplateText;
}) {
  const { kit, style, label, value, fallback, onChange, text } = props;
  const { Field, Input } = kit;
  const invalid = value !== null && value.trim() !== "" && parseVietnameseDate(value) === null;
  return (
    <Field
      style={style}
      label={label}
      validationMessage={invalid ? text("dateInvalid", { value }) : undefined}
      validationState={invalid ? "error" : "none"}
    >
      <Input
        value={value ?? (fallback ? vietnameseDate(fallback) : "")}
        placeholder="dd/mm/yyyy"
        onChange={(_event, data) => onChange(data.value.trim() === "" ? null : data.value)}
      />
    </Field>
  );
}

export function DateNotes({
  kit,
  notes,
  text,
}: {
  readonly kit: TemplateKit;
  readonly notes: ReportingDates["notes"];
  readonly text: TemplateText;
}) {
  const { MessageBar, MessageBarBody } = kit;
  const lines = notes.flatMap((note) => {
    switch (note.code) {
      case "deadlines_differ":
        return [
          text("deadlinesDiffer", {
            deadlines: note.deadlines.map((entry) => `${entry.planId}: ${vietnameseDate(entry.deadline)}`).join("; "),
            chosen: vietnameseDate(note.chosen),
          }),
        ];
      case "deadline_not_set":
        return [text("deadlineNotSet")];
      case "cutoff_after_deadline":
        return [
          text("cutoffAfterDeadline", { cutoff: vietnameseDate(note.cutoff), deadline: vietnameseDate(note.deadline) }),
        ];
      default:
        return [];
    }
  });
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{lines.join(" ")}</MessageBarBody>
    </MessageBar>
  );
}

export function PendingDuties(props: {
  readonly kit: TemplateKit;
  readonly pending: readonly PendingAssignment[];
  readonly directory: ReadonlyMap<AgencyId, Agency>;
  readonly choices: Readonly<Record<string, readonly AgencyId[]>>;
  readonly acceptSuggestions: boolean;
  readonly onAcceptSuggestions: (accept: boolean) => void;
  readonly onChoose: (duty: PendingAssignment, picked: AgencyId | null) => void;
  readonly text: TemplateText;
}) {
  const { kit, pending, directory, choices, acceptSuggestions, onAcceptSuggestions, onChoose, text } = props;
  const { Checkbox, Field, MessageBar, MessageBarBody, Text } = kit;
  const styles = STYLES;
  const name = (id: AgencyId) => directory.get(id)?.name ?? id;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="template-pending">
      <MessageBarBody>
        <div style={styles.pending}>
          <Text weight="semibold">{text("pendingTitle", { count: pending.length })}</Text>
          <Text size={200}>{text("pendingIntro")}</Text>
          <Checkbox
            label={text("pendingAcceptAll")}
            checked={acceptSuggestions}
            onChange={(_event, data) => onAcceptSuggestions(data.checked === true)}
          />
          {pending.map((duty) => {
            const picked = (choices[duty.dutyKey] ?? []).find((id) => duty.candidates.includes(id)) ?? "";
            return (
              <Field
                key={`${duty.dutyKey}|${duty.from}`}
                label={`${duty.dutyKey}: ${duty.text}`}
                hint={text("pendingFrom", { from: name(duty.from) })}
              >
                {/* A native list: light enough for a hundred duties, and no further Fluent module in this chunk. */}
                <select
                  style={styles.select}
                  value={picked}
                  aria-label={`${text("pendingChoose")} ${duty.dutyKey}`}
                  onChange={(event) => onChoose(duty, (event.target.value || null) as AgencyId | null)}
                >
                  <option value="">{text("pendingNone")}</option>
                  {duty.candidates.map((id) => (
                    <option key={id} value={id}>
                      {duty.suggestion?.agency === id ? text("pendingSuggested", { name: name(id) }) : name(id)}
                    </option>
                  ))}
                </select>
              </Field>
            );
          })}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

export function DeliveryReport({
  kit,
  delivery,
  idle,
  text,
}: {
  readonly kit: TemplateKit;
  readonly delivery: Delivery | { kind: "failed"; detail: string };
  readonly idle: number;
  readonly text: TemplateText;
}) {
  const idleLine = idle > 0 ? ` ${text("idle", { count: idle })}` : "";
  switch (delivery.kind) {
    case "error":
      return (
        <Report kit={kit} intent="error">
          {templateErrorMessage(delivery.error)}
        </Report>
      );
    case "failed":
      return (
        <Report kit={kit} intent="error">
          {text("failed", { detail: delivery.detail })}
        </Report>
      );
    case "nothing":
      return (
        <Report kit={kit} intent="warning">
          {text("nothingAssigned", { agency: delivery.agency?.name ?? "" })}
        </Report>
      );
    case "file":
      return (
        <Report kit={kit} intent="success">
          {text("doneFile", { fileName: delivery.fileName })}
        </Report>
      );
    case "zip":
      return (
        <Report kit={kit} intent="success">
          {text("doneZip", { fileName: delivery.fileName, count: delivery.count }) + idleLine}
        </Report>
      );
    case "sheets":
      return (
        <Report kit={kit} intent="success">
          {text("doneSheets", {
            agency: delivery.agency.name,
            sheets: delivery.sheets.map((sheet) => `“${sheet}”`).join(", "),
          })}
        </Report>
      );
    case "workbooks":
      return (
        <Report kit={kit} intent="success">
          {text("doneWorkbooks", { count: delivery.count }) + idleLine}
        </Report>
      );
  }
}

function Report({
  kit,
  intent,
  children,
}: {
  readonly kit: TemplateKit;
  readonly intent: "error" | "warning" | "success";
  readonly children: string;
}) {
  return (
    <kit.MessageBar intent={intent} layout="multiline" data-testid="template-outcome">
      <kit.MessageBarBody>{children}</kit.MessageBarBody>
    </kit.MessageBar>
  );
}
