/**
 * Folds text for searching: lower case, no diacritics, đ → d, runs of spaces collapsed,
 * so "hai phong" finds "Hải Phòng" and "HTX  Cát Hải" finds "htx cat hai".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
