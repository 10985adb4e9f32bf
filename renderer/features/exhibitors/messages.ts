import { bookingMessages } from './messages-booking';
import { directoryMessages } from './messages-directory';

/** The `exhibitors` namespace, kept in two files by screen; keys are unique across both. */
export const exhibitors = {
  en: { ...directoryMessages.en, ...bookingMessages.en },
  vi: { ...directoryMessages.vi, ...bookingMessages.vi },
};
