import type { AgencySuccession } from "../domain/catalog/agency";
import type { AgencyId } from "../domain/catalog/types";
import type { CliIo } from "./cliIo";

/**
 * The officer's edits to who holds a merged agency's duties (`--successors`), in the shape of
 * data/agency-successors.json. Every fault is reported in Vietnamese with the entry it is in, so a
 * mistyped file never reaches the injection (where it would fail far from its cause).
 */
export type SuccessionEditsRead =
  | { readonly ok: true; readonly edits: readonly AgencySuccession[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u;
const SHAPE = 'mỗi mục có dạng { "from": "<mã cơ quan cũ>", "to": ["<mã cơ quan nay giữ nhiệm vụ>"], "effective": "yyyy-mm-dd", "source": "<văn bản>" } như data/agency-successors.json';

/** "line 3, column 7" of the character at `position`, for a JSON syntax error. */
function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split("\n");
  return `dòng ${before.length}, cột ${before[before.length - 1]!.length + 1}`;
}

function syntaxProblem(file: string, text: string, error: unknown): string {
  const position = /position (\d+)/u.exec(error instanceof Error ? error.message : "")?.[1];
  const where = position === undefined ? "" : ` (${lineAndColumn(text, Number(position))})`;
  return `Tệp ${file} không phải JSON hợp lệ${where}. Sửa lỗi cú pháp rồi chạy lại; ${SHAPE}.`;
}

function entryProblems(entry: unknown, knownIds: ReadonlySet<string>): string[] {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return ["không phải một đối tượng { … }"];
  const { from, to, effective, source, uncertain } = entry as Record<string, unknown>;
  const problems: string[] = [];
  const checkId = (id: unknown, field: string) => {
    if (typeof id !== "string") problems.push(`"${field}" phải là mã cơ quan (chuỗi)`);
    else if (!knownIds.has(id)) problems.push(`mã cơ quan "${id}" không có trong data/agencies.json (tìm mã bằng: plan-tracker agencies --search <tên>)`);
  };
  checkId(from, "from");
  if (!Array.isArray(to)) problems.push('"to" phải là một danh sách mã cơ quan, [] nếu cơ quan vẫn giữ nhiệm vụ');
  else for (const id of to) checkId(id, "to");
  if (typeof effective !== "string" || !ISO_DATE.test(effective)) problems.push('"effective" phải là ngày dạng yyyy-mm-dd');
  if (source !== undefined && typeof source !== "string") problems.push('"source" phải là chuỗi');
  if (uncertain !== undefined && typeof uncertain !== "boolean") problems.push('"uncertain" phải là true hoặc false');
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
export function parseSuccessionEdits(file: string, text: string, knownIds: ReadonlySet<string>): SuccessionEditsRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(file, text, error)] };
  }
  if (!Array.isArray(value)) return { ok: false, problems: [`Tệp ${file} cần là một mảng JSON [ … ]; ${SHAPE}.`] };
  const problems = value.flatMap((entry: unknown, index) =>
    entryProblems(entry, knownIds).map((problem) => `Tệp ${file}, mục thứ ${index + 1}: ${problem}.`),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, edits: value.map((entry) => asSuccession(entry as Record<string, unknown>)) };
}

export async function readSuccessionEdits(io: CliIo, file: string, path: string, knownIds: ReadonlySet<string>): Promise<SuccessionEditsRead> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    return { ok: false, problems: [`Không đọc được tệp ${file}: kiểm tra đường dẫn.`] };
  }
  return parseSuccessionEdits(file, new TextDecoder("utf-8").decode(bytes), knownIds);
}
