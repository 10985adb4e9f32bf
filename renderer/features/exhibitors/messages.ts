import { bookingMessages } from './messages-booking';
import { directoryMessages } from './messages-directory';
import { profileMessages } from './messages-profile';

/** The `exhibitors` namespace, kept in files by screen; keys are unique across both. */
export const exhibitors = {
  en: { ...directoryMessages.en, ...bookingMessages.en, ...profileMessages.en },
  vi: { ...directoryMessages.vi, ...bookingMessages.vi, ...profileMessages.vi },
};
