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

/** Vietnamese written without its marks, case kept ("Ngân hàng TMCP Á Châu" → "Ngan hang TMCP A Chau"): proper nouns in English text. */
export function transliterate(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
