import { startNamespaces } from './resources-start';
import { laterNamespaces } from './resources-later';
import { pickLanguages } from './pick';

/**
 * Every namespace of strings; a feature adds its own `messages.ts` and one line in resources-start.ts
 * (what the library shows) or resources-later.ts (everything else, loaded with the first screen past the library).
 */
export const namespaces = { ...startNamespaces, ...laterNamespaces };

export type Namespace = keyof typeof namespaces;

export const resources = pickLanguages(namespaces);
