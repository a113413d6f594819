/**
 * Makes tests/fixtures/docx/thanhhoa-green-growth-2023.docx: plan 004 as a real Word document, the way
 * the province would have typed it, written by LibreOffice Writer from HTML. Run it again only to
 * change the fixture (it needs `soffice` with Writer: Debian's libreoffice-writer-nogui):
 *
 *   npx tsx scripts/makePlanDocx.ts
 *
 * The HTML follows the document, not the text export:
 * - the letterhead (004 L3–L11) is a borderless two-column table: issuer and number | motto and date;
 * - each run of tab-separated lines is a bordered table; in the "STT" header row a cell followed by an
 *   empty one spans two columns, and a cell above an empty one in the next row spans two rows;
 * - `<p>` fragments inside cells become paragraphs of the cell; `<b>`/`<i>` stay; list tags and
 *   Markdown "**" go (Word has no such characters).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.join(__dirname, "..");
const SOURCE = path.join(root, "data/sources/004-thanhhoa-green-growth-2023.txt");
const TARGET = path.join(root, "tests/fixtures/docx/thanhhoa-green-growth-2023.docx");
const LETTERHEAD = { first: 3, last: 11 };

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Source text (with its HTML fragments) as HTML content: known tags restored, the rest escaped. */
function inline(text: string): string {
  return escape(text.replace(/\*\*/g, ""))
    .replace(/&lt;(\/?)(p|b|i)&gt;/g, "<$1$2>")
    .replace(/&lt;\/?(?:ul|ol|li)\b[^&]*?&gt;/g, " ");
}

function cellHtml(text: string, attributes: string): string {
  const content = inline(text);
  return `<td${attributes}>${content.includes("<p>") ? content : `<p>${content}</p>`}</td>`;
}

function tableHtml(rows: readonly string[][]): string {
  const out = ['<table border="1" cellspacing="0" cellpadding="2">'];
  const coveredBelow = new Set<string>();
  rows.forEach((cells, r) => {
    const next = rows[r + 1];
    const header = /^(STT|Số TT)$/.test(cells[0]?.trim() ?? "") && next !== undefined;
    const html: string[] = [];
    for (let c = 0; c < cells.length; c += 1) {
      if (coveredBelow.has(`${r}:${c}`)) continue;
      const text = cells[c] ?? "";
      if (header && text !== "" && cells[c + 1] === "" && next[c + 1] !== "") {
        html.push(cellHtml(text, ' colspan="2"'));
        c += 1;
      } else if (header && text !== "" && next[c] === "") {
        html.push(cellHtml(text, ' rowspan="2"'));
        coveredBelow.add(`${r + 1}:${c}`);
      } else {
        html.push(cellHtml(text, ""));
      }
    }
    out.push(`<tr>${html.join("")}</tr>`);
  });
  out.push("</table>");
  return out.join("\n");
}

function documentHtml(lines: readonly string[]): string {
  const body: string[] = [];
  const letterhead = lines.slice(LETTERHEAD.first - 1, LETTERHEAD.last).filter((line) => line.trim() !== "");
  const left = letterhead.filter((line) => !/CỘNG HÒA|Độc lập|ngày \d+ tháng/.test(line));
  const right = letterhead.filter((line) => !left.includes(line));
  const cell = (part: readonly string[]) => `<td width="50%">${part.map((line) => `<p align="center">${inline(line)}</p>`).join("")}</td>`;
  body.push(`<table border="0" width="100%"><tr>${cell(left)}${cell(right)}</tr></table>`);
  let table: string[][] = [];
  lines.forEach((line, index) => {
    const number = index + 1;
    if (number >= LETTERHEAD.first && number <= LETTERHEAD.last) return;
    if (line.includes("\t")) {
      table.push(line.split("\t"));
      return;
    }
    if (table.length > 0) {
      body.push(tableHtml(table));
      table = [];
    }
    if (line.trim() !== "") body.push(`<p>${inline(line)}</p>`);
  });
  if (table.length > 0) body.push(tableHtml(table));
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>\n${body.join("\n")}\n</body></html>\n`;
}

const work = mkdtempSync(path.join(tmpdir(), "plan-docx-"));
const html = path.join(work, "thanhhoa-green-growth-2023.html");
writeFileSync(html, documentHtml(readFileSync(SOURCE, "utf8").split("\n")), "utf8");
execFileSync("soffice", ["--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, html], { stdio: "inherit" });
mkdirSync(path.dirname(TARGET), { recursive: true });
copyFileSync(path.join(work, "thanhhoa-green-growth-2023.docx"), TARGET);
console.log(`Wrote ${path.relative(root, TARGET)}`);
