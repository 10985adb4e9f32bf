import type { staffMethods } from '../../shared/api/staff';
import type { HandlersOf } from '../../shared/api/define';
import type { HandlerContext } from '../api/context';

export const staffHandlers: HandlersOf<typeof staffMethods, HandlerContext> = {
  getStaffMode: (_input, ctx) => ctx.staff.status(),
  startStaffMode: ({ fairId, address }, ctx) => ctx.staff.start(fairId, address),
  stopStaffMode: (_input, ctx) => ctx.staff.stop(),
  createStaffInvite: ({ fairId }, ctx) => ctx.staff.invite(fairId),
  listStaffDevices: ({ fairId }, ctx) => ctx.staff.devices(fairId),
  revokeStaffDevice: ({ fairId, deviceId }, ctx) => ctx.staff.revoke(fairId, deviceId),
};
