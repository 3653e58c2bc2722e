/**
 * Every language LockLens speaks, by the browser's locale folder name. English is complete by
 * definition; test/i18n checks that each other catalogue has exactly the same keys and params.
 */

import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import type { Catalogue } from './format';
import { FR } from './fr';
import { PT_BR } from './pt-BR';

export const CATALOGUES: Record<string, Catalogue> = { en: EN, de: DE, fr: FR, es: ES, pt_BR: PT_BR };
export const DEFAULT_LOCALE = 'en';
