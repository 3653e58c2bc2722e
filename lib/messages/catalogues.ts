/**
 * Every language LockLens speaks, by the browser's locale folder name. English is complete by
 * definition; test/i18n checks that each other catalogue has exactly the same keys and params.
 */

import { EN } from './en';
import type { Catalogue } from './format';

export const CATALOGUES: Record<string, Catalogue> = { en: EN };
export const DEFAULT_LOCALE = 'en';
