/**
 * A bullet that may be cut off mid-sentence: "- Phối hợp đưa nội dung" (001 L505) has a dash, a few
 * words, no object and no closing mark. Short bullets that end a thought ("- Tỷ lệ đất có rừng 64%;"),
 * year headers ("- Đến năm 2020") and assignment labels ("- Chủ trì: Sở Nội vụ.") are not. Callers
 * also require another bullet after it in the same cell, so a short last line is never flagged.
 */
const MAX_WORDS = 6;

export function isTruncatedBullet(paragraph: string): boolean {
  const match = /^[-–+•]\s*(.+)$/u.exec(paragraph.trim());
  if (match === null) return false;
  const body = match[1]!.trim();
  if (/[.;:!?)…"”]$/u.test(body) || /\d/u.test(body)) return false;
  if (/^(?:Cơ quan\s+)?(?:chủ trì|phối hợp)\s*:/iu.test(body)) return false;
  return body.split(/\s+/u).length <= MAX_WORDS;
}
