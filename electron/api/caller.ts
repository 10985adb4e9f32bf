import { AsyncLocalStorage } from 'node:async_hooks';

/** A staff phone making a call: its entries carry the person's name and the device. */
export interface StaffCaller {
  deviceId: string;
  fairId: string;
  personName: string;
}

const current = new AsyncLocalStorage<StaffCaller>();

/**
 * Runs a dispatch on behalf of a staff phone. The dispatch stays the one both transports use;
 * only who is recorded as having done it changes.
 */
export function runAsStaff<T>(caller: StaffCaller, call: () => Promise<T>): Promise<T> {
  return current.run(caller, call);
}

/** The staff phone behind the call being handled, or undefined for the organizer's own calls. */
export function staffCaller(): StaffCaller | undefined {
  return current.getStore();
}
