import type { SourceRef } from "../types";
import { cleanInlineText } from "./cleanInlineText";
import { sourceRef } from "./draft";
import type { SourceDocument } from "./sourceDocument";

/**
 * The document's identity from its header: province, issuer, number, date, title, period.
 * Fields the text does not give are null; 001 and 003 leave the number and date blank
 * ("Kế hoạch số           /KH-UBND", "ngày tháng năm 2021").
 */
export interface DocumentIdentity {
  readonly title: string;
  readonly province: string | null;
  readonly issuer: string | null;
  readonly documentNumber: string | null;
  readonly issuedOn: string | null;
  /** The year the document names for itself when the date is blank ("năm 2021", "/2018"). */
  readonly year: number | null;
  readonly period: { readonly from: number | null; readonly to: number | null };
  readonly evidence: Readonly<Record<string, SourceRef>>;
}

const HEADER_LINES = 80;
const NUMBER = /Số\s*:?\s*(\d{1,5})\s*\/\s*((?:\d{4}\/)?[A-ZĐ][A-ZĐa-z0-9-]*)/u;
const PLACE_DATE = /([A-ZĐ][^\s,]*(?:\s+[A-ZĐ][^\s,]*)*),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const BLANK_DATE = /ngày\s*(?:\.{2,}|…)?\s*tháng\s*(?:\.{2,}|…)?\s*năm\s+(\d{4})/u;
const PLACEHOLDER_YEAR = /(?:số|Số)\s*(?:\.{2,}|…|\s{3,})?\s*\/[A-ZĐ-]+\s+ngày[\s./…]*\/?\s*(\d{4})/u;
const PROVINCE = /tỉnh\s+([A-ZĐ][^\s,.;:)*\t]*\s+[A-ZĐ][^\s,.;:)*\t]*)/gu;
const LOWER_STARTS = /^(Về|Triển khai|Thực hiện|Tổ chức|Nâng cao|Phát triển|Tăng cường)\s/u;
const ACRONYMS = new Set(["ubnd", "hđnd", "mttq", "qđ", "nq", "cp", "ttg", "tw", "kh", "sdg", "sdgs"]);

function pad(value: string | number): string {
  return String(value).padStart(2, "0");
}

function mostCommonProvince(document: SourceDocument): { name: string; line: number } | null {
  const counts = new Map<string, { count: number; line: number }>();
  for (const line of document.lines) {
    for (const match of cleanInlineText(line.text).matchAll(PROVINCE)) {
      const name = match[1]!;
      const entry = counts.get(name);
      counts.set(name, { count: (entry?.count ?? 0) + 1, line: entry?.line ?? line.number });
    }
  }
  let best: { name: string; count: number; line: number } | null = null;
  for (const [name, entry] of counts) if (best === null || entry.count > best.count) best = { name, ...entry };
  return best;
}

function sentenceCase(text: string, province: string | null): string {
  if (text !== text.toUpperCase()) return text;
  const lower = text
    .toLowerCase()
    .split(" ")
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(" ");
  let result = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (province !== null) result = result.split(province.toLowerCase()).join(province);
  return result;
}

function readTitle(document: SourceDocument, province: string | null): { title: string; line: number } | null {
  const lines = document.lines.slice(0, 120);
  const index = lines.findIndex((line) => /^KẾ HOẠCH\b/u.test(cleanInlineText(line.text)));
  if (index < 0) return null;
  const head = cleanInlineText(lines[index]!.text);
  const next = lines.slice(index + 1).find((line) => cleanInlineText(line.text) !== "");
  const subtitle = next === undefined ? "" : cleanInlineText(next.text);
  const parts = [sentenceCase(head, province)];
  if (subtitle !== "" && !/^[(*]|^Căn cứ|^Thực hiện Quyết định|^I\./u.test(subtitle)) {
    const cased = sentenceCase(subtitle, province);
    // "KẾ HOẠCH HÀNH ĐỘNG" + "Về tăng trưởng xanh …": a leading preposition or verb joins in lower case;
    // names ("Chương trình nghị sự 2030") keep their capital.
    parts.push(LOWER_STARTS.test(cased) ? cased.charAt(0).toLowerCase() + cased.slice(1) : cased);
  }
  const title = parts.join(" ").replace(/\s+/g, " ").trim();
  return { title, line: lines[index]!.number };
}

export function readIdentity(document: SourceDocument): DocumentIdentity {
  const evidence: Record<string, SourceRef> = {};
  const header = document.lines.slice(0, HEADER_LINES);
  const provinceHit = mostCommonProvince(document);
  const province = provinceHit?.name ?? null;
  if (provinceHit) evidence.province = sourceRef(provinceHit.line, `tỉnh ${provinceHit.name}`);

  let documentNumber: string | null = null;
  for (const line of header) {
    const match = NUMBER.exec(cleanInlineText(line.text));
    if (match && /^Số[\s:]/u.test(cleanInlineText(line.text))) {
      documentNumber = `${match[1]}/${match[2]}`;
      evidence.documentNumber = sourceRef(line.number, cleanInlineText(line.text));
      break;
    }
  }

  let issuedOn: string | null = null;
  let year: number | null = null;
  for (const line of header) {
    const text = cleanInlineText(line.text);
    const date = PLACE_DATE.exec(text);
    if (date && !/^Căn cứ/u.test(text)) {
      issuedOn = `${date[4]}-${pad(date[3]!)}-${pad(date[2]!)}`;
      year = Number(date[4]);
      evidence.issuedOn = sourceRef(line.number, text);
      break;
    }
  }
  if (year === null) {
    for (const line of document.lines) {
      const text = cleanInlineText(line.text);
      const blank = BLANK_DATE.exec(text) ?? PLACEHOLDER_YEAR.exec(text);
      if (blank) {
        year = Number(blank[1]);
        evidence.year = sourceRef(line.number, text);
        break;
      }
    }
  }

  const issuerLine = header.find((line) => /ỦY BAN NHÂN DÂN|UBND tỉnh/u.test(cleanInlineText(line.text)));
  const issuer = issuerLine !== undefined && province !== null ? `Ủy ban nhân dân tỉnh ${province}` : null;
  if (issuerLine) evidence.issuer = sourceRef(issuerLine.number, cleanInlineText(issuerLine.text));

  const title = readTitle(document, province);
  if (title) evidence.title = sourceRef(title.line, title.title);

  const titleRange = title ? /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(title.title) : null;
  let periodTo: number | null = titleRange ? Number(titleRange[2]) : null;
  if (periodTo === null) {
    const horizons = new Map<number, number>();
    for (const line of document.lines) {
      for (const match of cleanInlineText(line.text).matchAll(/(?<!tầm nhìn\s)đến năm (20\d{2})/giu)) {
        const value = Number(match[1]);
        horizons.set(value, (horizons.get(value) ?? 0) + 1);
      }
    }
    let best = 0;
    for (const [value, count] of horizons) if (count > best || (count === best && value > (periodTo ?? 0))) {
      best = count;
      periodTo = value;
    }
  }
  const periodFrom = titleRange ? Number(titleRange[1]) : year;
  return {
    title: title?.title ?? "",
    province,
    issuer,
    documentNumber,
    issuedOn,
    year,
    period: { from: periodFrom, to: periodTo },
    evidence,
  };
}
