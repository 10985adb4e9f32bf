import { workspace } from '../features/workspace/messages';
import { plan } from '../features/plan/messages';
import { planTools } from '../features/plan/messages-tools';
import { planSite } from '../features/plan/messages-site';
import { exhibitors } from '../features/exhibitors/messages';
import { sales } from '../features/sales/messages';
import { reports } from '../features/reports/messages';
import { print } from '../features/print/messages';
import { transfers } from '../features/transfers/messages';
import { staff } from '../features/staff/messages';
import { venue } from '../features/plan/venue/messages';
import { sharedNamespaces } from '../../shared/i18n';

/** The namespaces of a fair's screens and dialogs: loaded with the first of them (`loadCatalogues`). */
export const laterNamespaces = {
  workspace,
  plan,
  planTools,
  planSite,
  exhibitors,
  sales,
  reports,
  print,
  staff,
  transfers,
  venue,
  ...sharedNamespaces,
};
