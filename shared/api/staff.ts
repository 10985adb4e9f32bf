import { z } from 'zod';
import { method } from './define';
import { FairRef, Id } from '../model/common';
import { StaffDevice, StaffInvite, StaffStatus } from '../model/staff';

/** Staff mode, as the organizer runs it: phones record sales over the venue's Wi-Fi. */
export const staffMethods = {
  getStaffMode: method({ input: z.object({}), output: StaffStatus, errors: [] }),
  /** Listens on one LAN address for phones, for one fair. */
  startStaffMode: method({
    input: z.object({ fairId: Id, address: z.string().min(1).max(64) }),
    output: StaffStatus,
    errors: ['NOT_FOUND', 'VALIDATION'],
  }),
  /** Nothing listens on the LAN afterwards; phones keep their entries until it is on again. */
  stopStaffMode: method({ input: z.object({}), output: StaffStatus, errors: [] }),
  /** A fresh join code for one phone, with its QR code. */
  createStaffInvite: method({ input: FairRef, output: StaffInvite, errors: ['NOT_FOUND', 'VALIDATION'] }),
  listStaffDevices: method({ input: FairRef, output: z.array(StaffDevice), errors: ['NOT_FOUND'] }),
  revokeStaffDevice: method({ input: z.object({ fairId: Id, deviceId: Id }), output: z.array(StaffDevice), errors: ['NOT_FOUND'] }),
};
