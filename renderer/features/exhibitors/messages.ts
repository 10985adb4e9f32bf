import { bookingMessages } from './messages-booking';
import { directoryMessages } from './messages-directory';
import { ledgerMessages } from './messages-ledger';

/** The `exhibitors` namespace, kept in three files by screen; keys are unique across them. */
export const exhibitors = {
  en: { ...directoryMessages.en, ...bookingMessages.en, ...ledgerMessages.en },
  vi: { ...directoryMessages.vi, ...bookingMessages.vi, ...ledgerMessages.vi },
};
