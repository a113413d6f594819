import type { CSSProperties } from "react";
import type { RegisterEntry, SubmissionRegister } from "../../../domain/consolidation/submissionRegister";
import { formatDateVi } from "../../../domain/text/vietnameseFormat";
import { ROLE_KEYS, STATE_KEYS, type ConsolidationText } from "../../i18n/consolidationMessages";

/** What the panel shows of a consolidation: the counts, the register, the chase list and the files matching nobody. */

const STYLES = {
  section: { display: "flex", flexDirection: "column", gap: "var(--spacingVerticalXS)" },
  heading: { fontWeight: 600, fontSize: "14px", margin: 0 },
  scroll: { maxHeight: "360px", overflow: "auto" },
  table: { borderCollapse: "collapse", fontSize: "12px", width: "100%" },
  head: {
    position: "sticky",
    top: 0,
    background: "var(--colorNeutralBackground1)",
    borderBottom: "1px solid var(--colorNeutralStroke1)",
    padding: "2px 4px",
    textAlign: "left",
    fontWeight: 600,
  },
  cell: { borderBottom: "1px solid var(--colorNeutralStroke2)", padding: "2px 4px", verticalAlign: "top" },
  number: { textAlign: "right" },
  file: { display: "block", wordBreak: "break-all" },
  muted: { color: "var(--colorNeutralForeground3)" },
  list: { margin: 0, paddingLeft: "18px", fontSize: "12px" },
} satisfies Record<string, CSSProperties>;

const STATE_COLORS: Readonly<Record<RegisterEntry["state"], string>> = {
  on_time: "var(--colorPaletteGreenForeground1)",
  late: "var(--colorPaletteDarkOrangeForeground1)",
  received: "var(--colorNeutralForeground1)",
  not_merged: "var(--colorPaletteRedForeground1)",
  missing: "var(--colorPaletteRedForeground1)",
};

export function RegisterCounts({
  register,
  text,
}: {
  readonly register: SubmissionRegister;
  readonly text: ConsolidationText;
}) {
  const count = (...states: RegisterEntry["state"][]) =>
    register.entries.filter((entry) => states.includes(entry.state)).length;
  return (
    <p style={{ margin: 0 }} data-testid="consolidation-counts">
      {text("counts", {
        merged: count("on_time", "late", "received"),
        total: register.entries.length,
        onTime: count("on_time"),
        late: count("late"),
        notMerged: count("not_merged"),
        missing: count("missing"),
      })}{" "}
      <span style={STYLES.muted}>
        {register.dueOn ? text("dueOn", { date: formatDateVi(register.dueOn) }) : text("dueNone")}
      </span>
    </p>
  );
}

export function RegisterTable({
  register,
  text,
}: {
  readonly register: SubmissionRegister;
  readonly text: ConsolidationText;
}) {
  return (
    <section style={STYLES.section} aria-labelledby="consolidation-register">
      <h3 id="consolidation-register" style={STYLES.heading}>
        {text("registerTitle")}
      </h3>
      <div style={STYLES.scroll}>
        <table style={STYLES.table} data-testid="consolidation-register">
          <thead>
            <tr>
              <th scope="col" style={STYLES.head}>
                {text("colAgency")}
              </th>
              <th scope="col" style={STYLES.head}>
                {text("colFile")}
              </th>
              <th scope="col" style={STYLES.head}>
                {text("colState")}
              </th>
              <th scope="col" style={{ ...STYLES.head, ...STYLES.number }}>
                {text("colErrors")}
              </th>
            </tr>
          </thead>
          <tbody>
            {register.entries.map((entry) => (
              <RegisterRow key={entry.agency} entry={entry} text={text} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RegisterRow({ entry, text }: { readonly entry: RegisterEntry; readonly text: ConsolidationText }) {
  // The errors of the return that counts: the one merged, else the newest one sent.
  const counted = entry.submissions.find((record) => record.role === "used") ?? entry.submissions[0] ?? null;
  return (
    <tr data-agency={entry.agency} data-state={entry.state}>
      <th scope="row" style={{ ...STYLES.cell, textAlign: "left", fontWeight: 400 }}>
        {entry.name}
      </th>
      <td style={STYLES.cell}>
        {entry.submissions.length === 0 && <span style={STYLES.muted}>{text("noFile")}</span>}
        {entry.submissions.map((record) => {
          const role = record.included ? "roleIncluded" : ROLE_KEYS[record.role];
          return (
            <span key={record.file} style={STYLES.file}>
              {record.file}
              {role && <span style={STYLES.muted}> ({text(role)})</span>}
            </span>
          );
        })}
      </td>
      <td style={{ ...STYLES.cell, color: STATE_COLORS[entry.state] }}>{text(STATE_KEYS[entry.state])}</td>
      <td style={{ ...STYLES.cell, ...STYLES.number }}>{counted ? counted.errors : text("noFile")}</td>
    </tr>
  );
}

export function ChaseList({
  register,
  text,
}: {
  readonly register: SubmissionRegister;
  readonly text: ConsolidationText;
}) {
  return (
    <section style={STYLES.section} aria-labelledby="consolidation-chase">
      <h3 id="consolidation-chase" style={STYLES.heading}>
        {text("chaseTitle", { count: register.chase.length })}
      </h3>
      {register.chase.length === 0 ? (
        <p style={{ margin: 0 }}>{text("chaseNone")}</p>
      ) : (
        <ul style={STYLES.list} data-testid="consolidation-chase">
          {register.chase.map((entry) => (
            <li key={entry.agency} data-agency={entry.agency}>
              <strong>{entry.name}</strong>: {owedText(entry, text)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function owedText(entry: RegisterEntry, text: ConsolidationText): string {
  if (entry.state === "missing") return text("chaseMissing", { rows: entry.owes.rows.length });
  if (entry.state === "not_merged") return text("chaseNotMerged", { errors: entry.owes.errors.length });
  return text("chaseOwes", { rows: entry.owes.rows.length, errors: entry.owes.errors.length });
}

export function UnmatchedFiles({
  register,
  text,
}: {
  readonly register: SubmissionRegister;
  readonly text: ConsolidationText;
}) {
  if (register.unmatched.length === 0) return null;
  return (
    <section style={STYLES.section} aria-labelledby="consolidation-unmatched">
      <h3 id="consolidation-unmatched" style={STYLES.heading}>
        {text("unmatchedTitle", { count: register.unmatched.length })}
      </h3>
      <ul style={STYLES.list}>
        {register.unmatched.map((file) => (
          <li key={file.file}>
            {text(file.reason === "not_identified" ? "unmatchedNotIdentified" : "unmatchedNotExpected", {
              file: file.file,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
