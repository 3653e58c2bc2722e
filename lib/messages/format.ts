/**
 * Turns a `MessageRef` into text. Parameters named `degree` or `plan` hold ids and are
 * themselves translated (`degree.3rd` → "3rd-degree").
 */
import type { MessageRef } from '../evaluator/types';
import { EN } from './en';

const TRANSLATED_PARAMS = new Set(['degree', 'plan']);

export type Catalogue = Readonly<Record<string, string>>;

export function formatMessage(ref: MessageRef, catalogue: Catalogue = EN): string {
  const template = catalogue[ref.key] ?? EN[ref.key] ?? ref.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = ref.params?.[name];
    if (value === undefined) return whole;
    if (TRANSLATED_PARAMS.has(name)) return catalogue[`${name}.${value}`] ?? EN[`${name}.${value}`] ?? String(value);
    return String(value);
  });
}

export function formatKey(key: string, catalogue: Catalogue = EN): string {
  return formatMessage({ key }, catalogue);
}
