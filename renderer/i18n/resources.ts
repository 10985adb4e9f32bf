import { common } from './common';
import { library } from '../features/library/messages';
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
import { desktop } from '../app/incoming/messages';
import { venue } from '../features/plan/venue/messages';
import { dateField } from '../ui/messages-date';
import { sharedNamespaces } from '../../shared/i18n';

/** Every namespace of strings; a feature adds its own `messages.ts` and one line here. */
export const namespaces = {
  common,
  library,
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
  desktop,
  venue,
  dateField,
  ...sharedNamespaces,
};

export type Namespace = keyof typeof namespaces;

const pick = <L extends 'en' | 'vi'>(language: L) =>
  Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m[language]])) as {
    [N in Namespace]: (typeof namespaces)[N][L];
  };

export const resources = { en: pick('en'), vi: pick('vi') };
