import { useEffect, useMemo, useRef, useState } from "react";
import type { Agency } from "../../../domain/catalog/agency";
import type { ValidationText } from "../../i18n/validationTexts";
import type { PickedFile } from "../../runtime/paneRuntime";
import type { ValidationKit } from "./validationKit";
import { STYLES } from "./validationPanelStyles";

export interface ReturnInputsProps {
  readonly kit: ValidationKit;
  readonly text: ValidationText;
  /** In Excel the open workbook can be checked too. */
  readonly excel: boolean;
  readonly agencies: readonly Agency[];
  readonly running: boolean;
  /** Whether there is something to check again or clear. */
  readonly hasFiles: boolean;
  /** What is expected, or null while the year typed is not a year. */
  readonly onExpected: (expected: { agency: string | null; year: number | null } | null) => void;
  readonly onCheckActive: () => void;
  readonly onAdd: (files: readonly PickedFile[]) => void;
  readonly onRecheck: () => void;
  readonly onClear: () => void;
}

const ACCEPT = ".xlsx,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet";

/** What to check (the open workbook, files picked or dropped) and what is expected of them (year, agency). */
export function ReturnInputs(props: ReturnInputsProps) {
  const { kit, text, excel, running, hasFiles, onExpected } = props;
  const { Button, Field, Input } = kit;
  const input = useRef<HTMLInputElement>(null);
  const [yearText, setYearText] = useState("");
  const [agency, setAgency] = useState("");
  const [over, setOver] = useState(false);
  const year = yearText.trim() === "" ? null : /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : Number.NaN;
  const invalid = Number.isNaN(year);
  useEffect(() => onExpected(invalid ? null : { agency: agency || null, year }), [invalid, year, agency, onExpected]);
  const options = useMemo(() => [...props.agencies].filter((entry) => entry.kind !== "group").sort((a, b) => a.name.localeCompare(b.name, "vi") || a.id.localeCompare(b.id)), [props.agencies]);
  const blocked = running || invalid;

  return (
    <>
      <div style={STYLES.row}>
        {excel && (
          <Button appearance="primary" disabled={blocked} onClick={props.onCheckActive}>
            {text("checkActive")}
          </Button>
        )}
        <Button appearance={excel ? "secondary" : "primary"} disabled={blocked} onClick={() => input.current?.click()}>
          {text("pickFiles")}
        </Button>
        {hasFiles && (
          <Button disabled={blocked} onClick={props.onRecheck}>
            {text("recheck")}
          </Button>
        )}
        {hasFiles && (
          <Button appearance="subtle" disabled={running} onClick={props.onClear}>
            {text("clearList")}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="validation-file-input"
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            if (files.length > 0) props.onAdd(files);
          }}
        />
      </div>
      <div
        role="group"
        aria-label={text("dropZoneLabel")}
        style={over ? { ...STYLES.drop, ...STYLES.dropActive } : STYLES.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const files = Array.from(event.dataTransfer.files);
          if (files.length > 0 && !blocked) props.onAdd(files);
        }}
      >
        {text("dropZone")}
      </div>
      <div style={STYLES.fields}>
        <Field
          label={text("expectedYear")}
          validationState={invalid ? "error" : "none"}
          validationMessage={invalid ? text("yearInvalid") : undefined}
        >
          <Input value={yearText} inputMode="numeric" placeholder="yyyy" onChange={(_event, data) => setYearText(data.value)} />
        </Field>
        <Field label={text("expectedAgency")}>
          {/* A native list: light enough for two hundred agencies, and no further Fluent module in this chunk. */}
          <select style={STYLES.select} value={agency} aria-label={text("expectedAgency")} onChange={(event) => setAgency(event.target.value)}>
            <option value="">{text("anyAgency")}</option>
            {options.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {`${entry.name} (${entry.id})`}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <kit.Text size={200} style={STYLES.muted}>
        {text("optional")}
      </kit.Text>
    </>
  );
}
