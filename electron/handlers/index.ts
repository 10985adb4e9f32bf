import type { Handlers } from '../../shared/api/contract';
import type { HandlerContext } from '../api/context';
import { libraryHandlers } from './library';
import { planHandlers } from './plan';
import { exhibitorsHandlers } from './exhibitors';
import { reportsHandlers } from './reports';
import { salesHandlers } from './sales';
import { transfersHandlers } from './transfers';
import { printHandlers } from './print';
import { staffHandlers } from './staff';
import { venueHandlers } from './venue';

/** The main process's half of the contract: a missing or mistyped handler does not compile. */
export const handlers: Handlers<HandlerContext> = {
  ...libraryHandlers,
  ...planHandlers,
  ...exhibitorsHandlers,
  ...salesHandlers,
  ...transfersHandlers,
  ...reportsHandlers,
  ...printHandlers,
  ...staffHandlers,
  ...venueHandlers,
};
