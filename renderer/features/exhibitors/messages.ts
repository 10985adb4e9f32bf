import { bookingMessages } from './messages-booking';
import { directoryMessages } from './messages-directory';
import { ledgerMessages } from './messages-ledger';
import { profileMessages } from './messages-profile';

/** The `exhibitors` namespace, kept in files by screen; keys are unique across them. */
export const exhibitors = {
  en: { ...directoryMessages.en, ...bookingMessages.en, ...profileMessages.en, ...ledgerMessages.en },
  vi: { ...directoryMessages.vi, ...bookingMessages.vi, ...profileMessages.vi, ...ledgerMessages.vi },
};
