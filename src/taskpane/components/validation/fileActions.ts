import type { Language } from "../../../domain/validation/validationMessages";
import { markIssues } from "../../../workflows/validateReturn";
import type { PaneRuntime } from "../../runtime/paneRuntime";
import { issuesIn } from "./issueGroups";
import type { ValidatedFile } from "./runValidation";

/** Colours a return's problem cells and notes each issue there (one apply); the open workbook's view is refreshed. */
export async function markFile(file: ValidatedFile, language: Language, runtime: PaneRuntime): Promise<number> {
  const count = await markIssues(file.port, issuesIn(file.result.validation.issues, language));
  if (!file.workbook && count > 0) runtime.session.changed();
  return count;
}

/** Removes the add-in's marks, restoring each cell's own fill and note. */
export async function unmarkFile(file: ValidatedFile, runtime: PaneRuntime): Promise<void> {
  await file.port.apply([{ kind: "clearMarks", sheet: null }]);
  if (!file.workbook) runtime.session.changed();
}

/** The name a return is saved under once checked: "so-y-te.ods" → "so-y-te-kiem-tra.xlsx", as the CLI's --mark. */
export function checkedFileName(name: string): string {
  return `${name.replace(/\.(xlsx|xls|ods|csv)$/i, "")}-kiem-tra.xlsx`;
}

/** A picked return as it now is (marked or not): a download in standalone mode, a new workbook in Excel. */
export async function saveFile(file: ValidatedFile, runtime: PaneRuntime): Promise<{ into: "download" | "excel"; fileName: string }> {
  if (!file.workbook) throw new Error("The open workbook is saved by Excel");
  const fileName = checkedFileName(file.source.name);
  const bytes = await file.workbook.toBuffer();
  if (runtime.files) {
    runtime.files.save(fileName, bytes);
    return { into: "download", fileName };
  }
  if (!runtime.openNewWorkbook) throw new Error("This Excel cannot open a new workbook");
  await runtime.openNewWorkbook(bytes);
  return { into: "excel", fileName };
}
