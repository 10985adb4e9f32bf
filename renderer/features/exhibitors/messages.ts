import { bookingMessages } from './messages-booking';
import { directoryMessages } from './messages-directory';
import { ledgerMessages } from './messages-ledger';
import { profileMessages } from './messages-profile';
import { repricingMessages } from './messages-repricing';

/** The `exhibitors` namespace, kept in files by screen; keys are unique across them. */
export const exhibitors = {
  en: { ...directoryMessages.en, ...bookingMessages.en, ...profileMessages.en, ...ledgerMessages.en, ...repricingMessages.en },
  vi: { ...directoryMessages.vi, ...bookingMessages.vi, ...profileMessages.vi, ...ledgerMessages.vi, ...repricingMessages.vi },
};
