import type { Agency, AgencySuccession } from "../catalog/agency";
import type { AgencyId } from "../catalog/types";
import { foldForSearch } from "../text/foldForSearch";

/**
 * Which successor a duty of a split body probably belongs to, read from the succession's note, which names the
 * subjects each successor took over ("lao động, việc làm, … → Sở Nội vụ; giảm nghèo → Sở Nông nghiệp và Môi
 * trường") and, sometimes, who took the rest ("Phần lớn chức năng chuyển về Sở Khoa học và Công nghệ"). A suggestion
 * for the officer to confirm, never a decision.
 */
export interface SuccessorSuggestion {
  readonly agency: AgencyId;
  /** "subject": the duty's text names a subject the note gives to this body; "rest": the body took the rest. */
  readonly reason: "subject" | "rest";
  /** The subjects of the note found in the duty's text. */
  readonly matched: readonly string[];
}

interface Clause {
  readonly agency: AgencyId;
  /** Folded subject phrases; empty for "the rest". */
  readonly subjects: readonly string[];
}

const REST = /phan lon|hop nhat|con lai/;

export function suggestSuccessor(dutyText: string, succession: AgencySuccession, agencies: ReadonlyMap<AgencyId, Agency>): SuccessorSuggestion | null {
  const clauses = readClauses(succession, agencies);
  const text = ` ${plain(foldForSearch(dutyText))} `;
  const words = new Set(text.trim().split(" "));
  // A subject counts by its length each time it is written as in the note; its words found apart ("giảm tỷ lệ hộ
  // nghèo" for "giảm nghèo") count half, once.
  const weight = (subject: string) => {
    const times = text.split(` ${subject} `).length - 1;
    if (times > 0) return times * subject.length;
    return subject.split(" ").every((word) => words.has(word)) ? subject.length / 2 : 0;
  };
  let best: { agency: AgencyId; matched: string[]; score: number } | null = null;
  let tie = false;
  for (const clause of clauses) {
    const matched = clause.subjects.filter((subject) => weight(subject) > 0);
    const score = matched.reduce((sum, subject) => sum + weight(subject), 0);
    if (score === 0) continue;
    if (best && score === best.score && best.agency !== clause.agency) tie = true;
    if (!best || score > best.score) {
      best = { agency: clause.agency, matched, score };
      tie = false;
    }
  }
  if (best && !tie) return { agency: best.agency, reason: "subject", matched: best.matched };
  const rest = clauses.find((clause) => clause.subjects.length === 0);
  return rest && !tie ? { agency: rest.agency, reason: "rest", matched: [] } : null;
}

/** The note's clauses, each tied to the successor it names; clauses naming none of them are dropped. */
function readClauses(succession: AgencySuccession, agencies: ReadonlyMap<AgencyId, Agency>): Clause[] {
  const names = succession.to.flatMap((id) => {
    const agency = agencies.get(id);
    return agency ? [{ id, name: plain(foldForSearch(agency.name)) }] : [];
  });
  const clauses: Clause[] = [];
  for (const part of (succession.note ?? "").split(/[;.]/)) {
    const folded = foldForSearch(part);
    const target = names.filter((candidate) => plain(folded).includes(candidate.name)).sort((a, b) => b.name.length - a.name.length)[0];
    if (!target) continue;
    const before = folded.slice(0, Math.max(0, folded.search(new RegExp(target.name.split(" ").join("[^a-z0-9]+")))));
    if (REST.test(before)) {
      clauses.push({ agency: target.id, subjects: [] });
      continue;
    }
    const subjects = before
      .replace(/^[^:]*:/, "")
      .replace(/→|chuyen ve|quan ly nha nuoc ve/g, " ")
      .split(",")
      .map(plain)
      // One syllable ("phòng") would match far too much.
      .filter((subject) => subject.split(" ").length >= 2);
    clauses.push({ agency: target.id, subjects });
  }
  return clauses;
}

function plain(folded: string): string {
  return folded.replace(/[^a-z0-9]+/g, " ").trim();
}
