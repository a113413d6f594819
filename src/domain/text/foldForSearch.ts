/**
 * Folds text for forgiving search: lower case, no accents, đ → d, single spaces. Officers often type
 * without diacritics ("ho ngheo" finds "hộ nghèo").
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
