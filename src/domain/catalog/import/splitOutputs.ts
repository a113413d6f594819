/**
 * The outputs ("Sản phẩm") cell as a list. Items are separated by ";"; a cell without ";"
 * is a comma list ("Kế hoạch, chương trình, đề án, dự án"), except the one product type that
 * contains a comma, "cơ chế, chính sách". Trailing "..." and "." are dropped.
 */
const COMPOUND = /cơ chế,\s*chính sách/giu;
const PLACEHOLDER = "\u2063";

export function splitOutputs(text: string | null): readonly string[] {
  if (text === null) return [];
  const cleaned = text.replace(/\s+/g, " ").trim();
  if (cleaned === "") return [];
  const protectedText = cleaned.replace(COMPOUND, (match) => match.replace(",", PLACEHOLDER));
  const parts = protectedText.includes(";") ? protectedText.split(";") : protectedText.split(",");
  return parts
    .map((part) => part.split(PLACEHOLDER).join(",").replace(/(?:\.{2,}|…|\.)\s*$/u, "").trim())
    .filter((part) => part !== "");
}
