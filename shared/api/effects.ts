import type { MethodName } from './contract';
import { ALL_TOPICS, type ChangeTopic } from './feed';

/**
 * Whether a method writes, and what it changes: the change feed announces a write only when a
 * method declared here as writing has succeeded. Reads must never be marked as writes: every
 * view refetches on an announcement, and a "read" that announced would make them refetch forever.
 */
export type MethodEffect = { writes: false } | { writes: true; changes: readonly ChangeTopic[] };

const READ: MethodEffect = { writes: false };
const writes = (...changes: ChangeTopic[]): MethodEffect => ({ writes: true, changes });

/** Booking writes change who holds which booth: every list that names holders or counts them. */
const BOOKING = writes('exhibitors', 'statuses', 'sales', 'reports', 'print');

/** Every contract method, classified; the compiler refuses a method missing here. */
export const METHOD_EFFECTS: Record<MethodName, MethodEffect> = {
  // library
  getAppInfo: READ,
  getSettings: READ,
  updateSettings: writes('settings'),
  listFairs: READ,
  createFair: writes('library'),
  // Opening keeps a backup and moves the fair up the list of recently opened fairs.
  openFair: writes('library'),
  getFair: READ,
  updateFair: writes('library', 'fair', 'reports', 'print'),
  duplicateFair: writes('library'),
  deleteFair: writes('library', 'fair'),
  exportFair: READ,
  importFair: writes('library'),
  // plan
  getPlan: READ,
  applyPlanChanges: writes('plan', 'statuses', 'exhibitors', 'sales', 'reports', 'print'),
  getBoothStatuses: READ,
  getAreaBackground: READ,
  setAreaBackground: writes('background'),
  updateAreaBackground: writes('background', 'print'),
  removeAreaBackground: writes('background'),
  // venue drawing (DXF)
  getAreaDrawing: READ,
  setAreaDrawing: writes('background', 'print'),
  placeAreaDrawing: writes('background', 'print'),
  removeAreaDrawing: writes('background', 'print'),
  importAreaDrawing: writes('plan', 'background', 'statuses', 'exhibitors', 'sales', 'reports', 'print'),
  getNumberSkip: READ,
  setNumberSkip: writes('plan'),
  // exhibitors
  listExhibitors: READ,
  createExhibitor: writes('exhibitors', 'reports'),
  updateExhibitor: BOOKING,
  deleteExhibitor: BOOKING,
  // Lists cancel expired holds as they read; that is upkeep, not a person's write.
  listAllocations: READ,
  allocateBooth: BOOKING,
  replaceAllocation: BOOKING,
  moveAllocation: BOOKING,
  swapAllocations: BOOKING,
  unassignBooth: BOOKING,
  setAllocationStatus: BOOKING,
  setAllocationFee: writes('exhibitors', 'reports'),
  recordPayment: writes('exhibitors', 'statuses', 'reports'),
  // A void or refund can send a paid booth back to confirmed; a cancel frees the booth.
  voidPayment: writes('exhibitors', 'statuses', 'reports'),
  refundPayment: writes('exhibitors', 'statuses', 'reports'),
  refundCredit: writes('exhibitors', 'reports'),
  cancelAllocation: BOOKING,
  printReceipt: READ,
  listPayments: READ,
  listExhibitorLedger: READ,
  getHistory: READ,
  getOccupancy: READ,
  analyzeExhibitorImport: READ,
  importExhibitors: writes('exhibitors', 'reports'),
  applyPricing: writes('plan', 'exhibitors', 'reports'),
  listRepricing: READ,
  // A re-price can send a paid booking back to confirmed.
  resolveRepricing: writes('exhibitors', 'statuses', 'reports'),
  listWaitlist: READ,
  addToWaitlist: writes('exhibitors'),
  removeFromWaitlist: writes('exhibitors'),
  nextInLine: READ,
  exportExhibitors: READ,
  copyExhibitors: writes('exhibitors', 'reports'),
  // sales
  listSaleBooths: READ,
  listSales: READ,
  recordSale: writes('sales', 'reports'),
  correctSale: writes('sales', 'reports'),
  voidSale: writes('sales', 'reports'),
  getDayGrid: READ,
  setDayTotal: writes('sales', 'reports'),
  undoDayTotal: writes('sales', 'reports'),
  listSalesHistory: READ,
  listVisitors: READ,
  setVisitors: writes('sales', 'reports'),
  // bank transfers
  getFairBank: READ,
  setFairBank: writes('fair'),
  listPaymentsDue: READ,
  paymentRequestPdf: READ,
  analyzeStatement: READ,
  confirmTransfers: writes('exhibitors', 'statuses', 'reports'),
  // reports
  getDashboard: READ,
  getFairReport: READ,
  exportFairReport: READ,
  getReportSettings: READ,
  updateReportSettings: writes('reports'),
  setPreviousEdition: writes('reports'),
  listAgreements: READ,
  addAgreement: writes('reports'),
  updateAgreement: writes('reports'),
  setAgreementRemoved: writes('reports'),
  // print: jobs live in memory and change nothing in the fair
  getPrintChoices: READ,
  startPrint: READ,
  getPrintJob: READ,
  cancelPrint: READ,
  // staff mode: the organizer's panel; phones' own sales go through the sales methods above
  getStaffMode: READ,
  startStaffMode: writes('settings', 'staff'),
  // Names no fair: staff mode announces the `staff` topic of the fair it served itself.
  stopStaffMode: writes('settings'),
  createStaffInvite: writes('settings'),
  listStaffDevices: READ,
  revokeStaffDevice: writes('settings', 'staff'),
};

/** An unclassified method (a newer contract than this table) is treated as changing everything. */
export function effectOf(method: string): MethodEffect {
  return (METHOD_EFFECTS as Record<string, MethodEffect | undefined>)[method] ?? { writes: true, changes: ALL_TOPICS };
}
