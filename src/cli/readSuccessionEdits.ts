import type { AgencySuccession } from "../domain/catalog/agency";
import type { AgencyId } from "../domain/catalog/types";
import type { CliIo } from "./cliIo";

/**
 * The officer's edits to who holds a merged agency's duties (`--successors`), in the shape of
 * data/agency-successors.json. Every fault is found, with the entry it is in, so that a mistyped file never
 * reaches the injection (where it would fail far from its cause).
 */
export type SuccessionEditProblem =
  | { readonly code: "file_unreadable" }
  | { readonly code: "json_syntax"; readonly line: number | null; readonly column: number | null }
  | { readonly code: "not_a_list" }
  | { readonly code: "entry_not_object"; readonly entry: number }
  | { readonly code: "id_not_text"; readonly entry: number; readonly field: "from" | "to" }
  | { readonly code: "id_unknown"; readonly entry: number; readonly id: string }
  | { readonly code: "to_not_list"; readonly entry: number }
  | { readonly code: "date_invalid"; readonly entry: number }
  | { readonly code: "source_not_text"; readonly entry: number }
  | { readonly code: "uncertain_not_boolean"; readonly entry: number };

export type SuccessionEditsRead =
  | { readonly ok: true; readonly edits: readonly AgencySuccession[] }
  | { readonly ok: false; readonly problems: readonly SuccessionEditProblem[] };

const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u;

/** Where JSON.parse stopped, as line and column (V8 names the character position in its message). */
function syntaxProblem(text: string, error: unknown): SuccessionEditProblem {
  const position = /position (\d+)/u.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return { code: "json_syntax", line: null, column: null };
  const before = text.slice(0, Number(position)).split("\n");
  return { code: "json_syntax", line: before.length, column: before[before.length - 1]!.length + 1 };
}

function entryProblems(value: unknown, entry: number, knownIds: ReadonlySet<string>): SuccessionEditProblem[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [{ code: "entry_not_object", entry }];
  const { from, to, effective, source, uncertain } = value as Record<string, unknown>;
  const problems: SuccessionEditProblem[] = [];
  const checkId = (id: unknown, field: "from" | "to") => {
    if (typeof id !== "string") problems.push({ code: "id_not_text", entry, field });
    else if (!knownIds.has(id)) problems.push({ code: "id_unknown", entry, id });
  };
  checkId(from, "from");
  if (!Array.isArray(to)) problems.push({ code: "to_not_list", entry });
  else for (const id of to) checkId(id, "to");
  if (typeof effective !== "string" || !ISO_DATE.test(effective)) problems.push({ code: "date_invalid", entry });
  if (source !== undefined && typeof source !== "string") problems.push({ code: "source_not_text", entry });
  if (uncertain !== undefined && typeof uncertain !== "boolean") problems.push({ code: "uncertain_not_boolean", entry });
  return problems;
}

function asSuccession(entry: Record<string, unknown>): AgencySuccession {
  return {
    from: entry.from as AgencyId,
    to: entry.to as AgencyId[],
    effective: entry.effective as string,
    source: (entry.source as string | undefined) ?? "",
    uncertain: (entry.uncertain as boolean | undefined) ?? false,
    ...(typeof entry.note === "string" ? { note: entry.note } : {}),
  };
}

/** Parses the text of a `--successors` file against the known agency ids. */
export function parseSuccessionEdits(text: string, knownIds: ReadonlySet<string>): SuccessionEditsRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  if (!Array.isArray(value)) return { ok: false, problems: [{ code: "not_a_list" }] };
  const problems = value.flatMap((entry: unknown, index) => entryProblems(entry, index + 1, knownIds));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, edits: value.map((entry) => asSuccession(entry as Record<string, unknown>)) };
}

export async function readSuccessionEdits(io: CliIo, path: string, knownIds: ReadonlySet<string>): Promise<SuccessionEditsRead> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    return { ok: false, problems: [{ code: "file_unreadable" }] };
  }
  return parseSuccessionEdits(new TextDecoder("utf-8").decode(bytes), knownIds);
}

const SHAPE = 'mỗi mục có dạng { "from": "<mã cơ quan cũ>", "to": ["<mã cơ quan nay giữ nhiệm vụ>"], "effective": "yyyy-mm-dd", "source": "<văn bản>" } như data/agency-successors.json';

function problemText(problem: SuccessionEditProblem): string {
  switch (problem.code) {
    case "file_unreadable":
      return "không đọc được tệp; kiểm tra đường dẫn";
    case "json_syntax":
      return `không phải JSON hợp lệ${problem.line === null ? "" : ` (dòng ${problem.line}, cột ${problem.column})`}; sửa lỗi cú pháp rồi chạy lại, ${SHAPE}`;
    case "not_a_list":
      return `cần là một mảng JSON [ … ]; ${SHAPE}`;
    case "entry_not_object":
      return `mục thứ ${problem.entry} không phải một đối tượng { … }; ${SHAPE}`;
    case "id_not_text":
      return `mục thứ ${problem.entry}: "${problem.field}" phải là mã cơ quan (chuỗi)`;
    case "id_unknown":
      return `mục thứ ${problem.entry}: mã cơ quan "${problem.id}" không có trong data/agencies.json (tìm mã bằng: plan-tracker agencies --search <tên>)`;
    case "to_not_list":
      return `mục thứ ${problem.entry}: "to" phải là danh sách mã cơ quan, [] nếu cơ quan vẫn giữ nhiệm vụ`;
    case "date_invalid":
      return `mục thứ ${problem.entry}: "effective" phải là ngày dạng yyyy-mm-dd`;
    case "source_not_text":
      return `mục thứ ${problem.entry}: "source" phải là chuỗi`;
    case "uncertain_not_boolean":
      return `mục thứ ${problem.entry}: "uncertain" phải là true hoặc false`;
  }
}

/** The problems as Vietnamese lines, each naming the file. */
export function successionEditsMessage(file: string, problems: readonly SuccessionEditProblem[]): string {
  return problems.map((problem) => `Tệp ${file}: ${problemText(problem)}.`).join("\n");
}
