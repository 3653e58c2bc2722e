import { SETTINGS_V1 } from './v1';
import { SETTINGS_V2 } from './v2';
import { SETTINGS_V3 } from './v3';

/** One frozen example per settings version: add the next one with every new version. */
export const SETTINGS_EXAMPLES: Record<number, Readonly<Record<string, unknown>>> = {
  1: SETTINGS_V1,
  2: SETTINGS_V2,
  3: SETTINGS_V3,
};
