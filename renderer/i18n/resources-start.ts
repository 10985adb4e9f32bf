import { common } from './common';
import { library } from '../features/library/messages';
import { desktop } from '../app/incoming/messages';
import { dateField } from '../ui/messages-date';

/** The namespaces the library needs: in the first bundle. The others load with the first screen that needs them. */
export const startNamespaces = { common, library, desktop, dateField };
