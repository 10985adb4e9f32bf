import type { ClientOf, HandlersOf } from './define';
import { libraryMethods } from './library';
import { planMethods } from './plan';
import { exhibitorsMethods } from './exhibitors';
import { reportsMethods } from './reports';
import { salesMethods } from './sales';
import { transfersMethods } from './transfers';
import { printMethods } from './print';
import { staffMethods } from './staff';
import { venueMethods } from './venue';

/**
 * Every operation of FairFloor, declared once. Feature areas keep their methods in their own
 * file and are merged here; the preload, the HTTP router and the client all derive from this.
 */
export const contract = {
  ...libraryMethods,
  ...planMethods,
  ...exhibitorsMethods,
  ...salesMethods,
  ...transfersMethods,
  ...reportsMethods,
  ...printMethods,
  ...staffMethods,
  ...venueMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type FairApi = ClientOf<Contract>;
export type Handlers<Ctx> = HandlersOf<Contract, Ctx>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
