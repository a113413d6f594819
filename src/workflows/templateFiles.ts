import JSZip from "jszip";
import { coverListCsv } from "../domain/templates/coverList";
import type { WorkbookPort } from "../workbook/port";
import type { GeneratedTemplates } from "./generateTemplates";

/** The cover list's name inside a bundle of templates: who gets which file. */
export const COVER_LIST_FILE = "danh-sach-gui.csv";

type SavablePort = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

/** Every written template as .xlsx bytes under its file name, and the cover list when `withCoverList`. */
export async function templateFiles(
  generated: GeneratedTemplates<SavablePort>,
  withCoverList: boolean,
): Promise<Map<string, Uint8Array | string>> {
  const files = new Map<string, Uint8Array | string>();
  for (const template of generated.written) files.set(template.fileName, await template.port.toBuffer());
  if (withCoverList) files.set(COVER_LIST_FILE, coverListCsv(generated.prepared.coverList));
  return files;
}

/** One .zip holding the files, as the CLI's --out x.zip and the pane's "all agencies" download give them. */
export async function zipFiles(files: ReadonlyMap<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of files) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
