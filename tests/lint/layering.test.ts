import { execFile } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

/** Lints `code` as if it were the file at `filePath`, with the project's real ESLint config. */
async function lint(code: string, filePath: string): Promise<LintMessage[]> {
  const eslint = path.join(ROOT, "node_modules", ".bin", "eslint");
  const child = execFile(eslint, ["--stdin", "--stdin-filename", filePath, "--format", "json"], { cwd: ROOT });
  child.stdin!.end(code);
  const output = await new Promise<string>((resolve) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("close", () => resolve(text));
  });
  const [result] = JSON.parse(output) as { messages: LintMessage[] }[];
  return result!.messages;
}


describe("ESLint layering rules", () => {
  it("fail when src/domain imports React, and say why", async () => {
    const messages = await lint('import { useState } from "react";\nexport const x = useState;\n', "src/domain/probe.ts");
    const error = messages.find((message) => message.ruleId === "no-restricted-imports");
    expect(error?.message).toContain("src/domain is the pure core");
  }, 60_000);

  it("fail when src/domain uses the Excel global", async () => {
    const messages = await lint("export async function probe() {\n  await Excel.run(async () => undefined);\n}\n", "src/domain/probe.ts");
    expect(messages.map((message) => message.ruleId)).toContain("no-restricted-globals");
    expect(messages.find((message) => message.ruleId === "no-restricted-globals")?.message).toContain("pure core");
  }, 60_000);

  it("fail when src/domain reaches into an adapter", async () => {
    const messages = await lint('import { openXlsxWorkbook } from "../xlsx/xlsxWorkbook";\nexport const f = openXlsxWorkbook;\n', "src/domain/probe.ts");
    expect(messages.map((message) => message.ruleId)).toContain("no-restricted-imports");
  }, 60_000);

  it("fail when a workflow calls Excel.run instead of going through the port", async () => {
    const messages = await lint("export async function probe() {\n  await Excel.run(async () => undefined);\n}\n", "src/workflows/probe.ts");
    expect(messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(["no-restricted-globals", "no-restricted-properties"]));
  }, 60_000);

  it("accept plain domain code", async () => {
    await expect(lint("export function double(n: number): number {\n  return n * 2;\n}\n", "src/domain/probe.ts")).resolves.toEqual([]);
  }, 60_000);
});
