/**
 * The words an amount is written in under its figures (receipts, payment requests), per language.
 * Not key/value messages: each language reads numbers with its own grammar (shared/amount-words.ts),
 * so its words are kept here, beside the catalogue, as the tables that grammar reads.
 */
export const VI_NUMBER_WORDS = {
  digits: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
  hundred: 'trăm',
  ten: 'mười',
  tens: 'mươi',
  zeroTens: 'linh',
  fiveAfterTens: 'lăm',
  oneAfterTens: 'mốt',
  fourAfterTens: 'tư',
  groups: { billion: 'tỷ', million: 'triệu', thousand: 'nghìn' },
  zero: 'không đồng',
  whole: '{{words}} đồng chẵn',
} as const;

export const EN_NUMBER_WORDS = {
  below20: [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ],
  tens: ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
  hundred: 'hundred',
  groups: { billion: 'billion', million: 'million', thousand: 'thousand' },
  zero: 'zero dong',
  whole: '{{words}} dong',
} as const;
