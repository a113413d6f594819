import type { ReportingFrequency, SourceRef } from "../types";
import { findDayMonths } from "../values/parseDayMonth";
import { cleanInlineText } from "./cleanInlineText";
import { sourceRef } from "./draft";
import type { SourceDocument } from "./sourceDocument";

/**
 * The reporting regime as the text states it. Yearly dates that come with "báo cáo" are
 * reporting deadlines; reports flow from agencies to the consolidating department and then up,
 * so with two dates the earlier is the agencies' deadline and the later the consolidated one
 * (001: 20/11 and 05/12; 002: 01/12 and 15/12; 004: 15/11 and 10/12). One date is the
 * agencies' deadline (000: 15/11). Review years come from "sơ kết", "giữa kỳ", "tổng kết"
 * clauses that name a year.
 */
export interface ReadReportingRegime {
  readonly frequency: ReportingFrequency | null;
  readonly agencyDeadline: string | null;
  /** True when the text says "trước ngày …": the last permitted day is the day before. */
  readonly agencyDeadlineExclusive: boolean | null;
  readonly consolidatedDeadline: string | null;
  readonly consolidatedDeadlineExclusive: boolean | null;
  readonly reviews: readonly number[];
  readonly evidence: readonly SourceRef[];
  readonly reviewEvidence: readonly SourceRef[];
  /**
   * Where the part on organisation speaks of reporting results (003 L302: "Căn cứ các mốc thời gian đã
   * quy định cụ thể, báo cáo kết quả thực hiện với UBND tỉnh"): the place to cite when no date is set.
   */
  readonly statement: SourceRef | null;
}

interface Found {
  readonly dayMonth: string;
  readonly before: boolean;
  readonly ref: SourceRef;
}

const REVIEW_WORDS = /sơ kết|giữa kỳ|tổng kết/iu;
const ORGANISATION = /^(?:#+\s*)?(?:\*\*)?\s*[IVX]+\.\s*(?:\*\*)?\s*TỔ CHỨC THỰC HIỆN/u;
const REPORTING_PHRASE = /\bbáo cáo (?:kết quả|tình hình)/iu;

/**
 * The clause (between "." and ";") that first speaks of reporting results. Found from the phrase outwards:
 * a pattern that scans the clause before the phrase would retry from every position of a long line.
 */
function reportingSentence(text: string): string | null {
  const phrase = REPORTING_PHRASE.exec(text);
  if (phrase === null) return null;
  const start = Math.max(text.lastIndexOf(".", phrase.index), text.lastIndexOf(";", phrase.index)) + 1;
  const stop = /[.;]/u.exec(text.slice(phrase.index));
  return text.slice(start, stop === null ? text.length : phrase.index + stop.index);
}

export function readReportingRegime(document: SourceDocument): ReadReportingRegime {
  const found: Found[] = [];
  const evidence: SourceRef[] = [];
  const reviewEvidence: SourceRef[] = [];
  const reviews = new Set<number>();
  let monthly = false;
  let quarterly = false;
  let semiannual = false;
  let inOrganisation = false;
  let statement: SourceRef | null = null;

  for (const line of document.lines) {
    const text = cleanInlineText(line.text);
    if (text === "") continue;
    if (ORGANISATION.test(text)) inOrganisation = true;
    else if (/^(?:#+\s*)?PHỤ LỤC\b/u.test(text)) inOrganisation = false;
    const sentence = inOrganisation && statement === null ? reportingSentence(text) : null;
    if (sentence !== null) statement = sourceRef(line.number, sentence.trim());
    if (/báo cáo/iu.test(text)) {
      const dates = findDayMonths(text).filter((match) => match.yearly);
      if (dates.length > 0) evidence.push(sourceRef(line.number, text));
      for (const date of dates) {
        found.push({ dayMonth: date.dayMonth, before: date.before, ref: sourceRef(line.number, text) });
      }
      if (/báo cáo[^.;]{0,40}(hằng|hàng) tháng|(hằng|hàng) tháng[^.;]{0,40}báo cáo/iu.test(text)) monthly = true;
      if (/báo cáo[^.;]{0,40}(hằng|hàng) quý|(hằng|hàng) quý[^.;]{0,40}báo cáo/iu.test(text)) quarterly = true;
      if (/báo cáo[^.;]{0,40}(6 tháng|sáu tháng)/iu.test(text)) semiannual = true;
    }
    for (const clause of text.split(/[.;](?=\s|$)/u)) {
      if (!REVIEW_WORDS.test(clause)) continue;
      const years = [...clause.matchAll(/năm\s+(20\d{2})(?!\s*[-–]\s*20\d{2})/gu)].map((match) => Number(match[1]));
      if (years.length === 0) continue;
      years.forEach((year) => reviews.add(year));
      reviewEvidence.push(sourceRef(line.number, clause.trim()));
    }
  }

  const distinct = [...new Map(found.map((date) => [date.dayMonth, date])).values()].sort((a, b) =>
    a.dayMonth.localeCompare(b.dayMonth),
  );
  const agency = distinct[0] ?? null;
  const consolidated = distinct.length > 1 ? distinct[distinct.length - 1]! : null;
  const frequency: ReportingFrequency | null = found.length > 0 ? "annual" : monthly ? "monthly" : quarterly ? "quarterly" : semiannual ? "semiannual" : null;
  return {
    frequency,
    agencyDeadline: agency?.dayMonth ?? null,
    agencyDeadlineExclusive: agency?.before ?? null,
    consolidatedDeadline: consolidated?.dayMonth ?? null,
    consolidatedDeadlineExclusive: consolidated?.before ?? null,
    reviews: [...reviews].sort((a, b) => a - b),
    evidence,
    reviewEvidence,
    statement,
  };
}
