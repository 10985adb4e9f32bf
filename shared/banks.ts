import { BANKS } from './data/banks';
import { transliterate } from './fold';

/** A Vietnamese bank as NAPAS 247 knows it: the 6-digit BIN a VietQR code carries. */
export interface Bank {
  bin: string;
  /** The short name people use. */
  shortName: string;
  name: string;
}

export { BANKS } from './data/banks';

export const bankByBin = (bin: string): Bank | undefined => BANKS.find((b) => b.bin === bin);

/** A bank in a list: its short name and registered name, transliterated for English readers. */
export const bankLabel = (bank: Bank, language: string): string =>
  `${bank.shortName} – ${language === 'vi' ? bank.name : transliterate(bank.name)}`;
