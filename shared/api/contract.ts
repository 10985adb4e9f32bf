import type { ClientOf, HandlersOf } from './define';
import { libraryMethods } from './library';
import { planMethods } from './plan';
import { exhibitorsMethods } from './exhibitors';
import { reportsMethods } from './reports';
import { salesMethods } from './sales';
import { printMethods } from './print';
import { staffMethods } from './staff';

/**
 * Every operation of FairFloor, declared once. Feature areas keep their methods in their own
 * file and are merged here; the preload, the HTTP router and the client all derive from this.
 */
export const contract = {
  ...libraryMethods,
  ...planMethods,
  ...exhibitorsMethods,
  ...salesMethods,
  ...reportsMethods,
  ...printMethods,
  ...staffMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type FairApi = ClientOf<Contract>;
export type Handlers<Ctx> = HandlersOf<Contract, Ctx>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/** The IPC channel of one method: one channel per method, never a generic one. */
export const ipcChannel = (name: MethodName) => `fairfloor:${name}`;
