import { isWorkbookFileError } from "../workbook/fileProblems";

/**
 * Why a file could not be opened or written, in the user's language. The wording loads only when a problem occurs,
 * so it does not weigh on the pane's first load; an unexpected error is reported as damage.
 */
export async function fileProblemText(error: unknown, language: "vi" | "en"): Promise<string> {
  const { fileProblemMessage } = await import(/* webpackChunkName: "file-problems" */ "../workbook/fileProblemMessages");
  return isWorkbookFileError(error) ? fileProblemMessage(error.code, language, error.detail) : fileProblemMessage("damaged", language);
}
