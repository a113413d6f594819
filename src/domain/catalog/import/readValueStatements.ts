import type { DraftStatement } from "./draft";

/**
 * The dated value statements in the column where a plan states its targets (002's "Nhiệm vụ"
 * column, before a row's "Chủ trì"): "Phấn đấu đến năm 2025, tỉ lệ … giảm còn 20% …" (L294),
 * a year header and its bullets ("- Đến năm 2020" then "+ 95% chất thải rắn …", L1572–1582), and the
 * province's own values after "Tỉnh Quảng Ninh:" (L326–330). Reading starts at the first sentence that
 * opens with a year marker or at the province line: sentences before it are tasks, not targets.
 */
export interface ParagraphText {
  readonly line: number;
  readonly text: string;
}

export interface ValueStatements {
  readonly statements: readonly DraftStatement[];
  /** The column names the province ("Tỉnh Quảng Ninh:"): values before it are the country's. */
  readonly provinceLine: number | null;
}

const BULLETS = /^(?:[-–+*•]\s*)+/u;
const YEAR_MARKER =
  /^(?:phấn đấu\s+)?(?:(?:đến|tới)(?:\s+hết)?\s+năm\s+(\d{4})|từ(?:\s+năm)?\s+\d{4}\s*(?:[-–]|đến(?:\s+năm)?)\s*(\d{4})|giai đoạn\s+\d{4}\s*[-–]\s*(\d{4}))/iu;
const PROVINCE_LINE = /^Tỉnh\s+\p{Lu}[\p{L} ]{1,30}:$/u;

function sentences(text: string): string[] {
  return text
    .split(/(?<=\.)\s+(?=[-–+*•]?\s*\p{Lu})/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}

export function readValueStatements(paragraphs: readonly ParagraphText[]): ValueStatements {
  const statements: DraftStatement[] = [];
  let provinceLine: number | null = null;
  let started = false;
  let year: number | null = null;
  for (const paragraph of paragraphs) {
    if (PROVINCE_LINE.test(paragraph.text)) {
      provinceLine = paragraph.line;
      started = true;
      continue;
    }
    for (const sentence of sentences(paragraph.text)) {
      const bare = sentence.replace(BULLETS, "").trim();
      const marker = YEAR_MARKER.exec(bare);
      if (marker !== null) {
        started = true;
        // Later sentences without a marker of their own ("+ 95% …" under "- Đến năm 2020") inherit it.
        year = Number(marker[1] ?? marker[2] ?? marker[3]);
        if (bare.slice(marker[0].length).replace(/^[\s:,.]+/u, "") === "") continue;
      }
      if (!started) continue;
      statements.push({ text: bare, line: paragraph.line, year: marker === null ? year : null });
    }
  }
  return { statements, provinceLine };
}
