/**
 * Turns a `MessageRef` into text in the user's language. In the extension, texts come from
 * `browser.i18n` (the `_locales` files generated from lib/messages at build); Node tools and
 * tests plug in a catalogue with `useCatalogue`. Parameters named `degree` or `plan` hold ids
 * and are themselves translated (`degree.3rd` → "3rd-degree").
 */
import type { MessageRef } from '../evaluator/types';
import { messageName } from './chrome-messages';

const TRANSLATED_PARAMS = new Set(['degree', 'plan']);

export type Catalogue = Readonly<Record<string, string>>;

/** Looks a message up with its substitutions given in alphabetical order of their names. */
type Lookup = (key: string, substitutions: string[]) => string | null;

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage?(): string;
}

function browserI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** Texts do not change while a page lives: each (key, substitutions) is asked of the browser once. */
const looked = new Map<string, string | null>();
let lookup: Lookup = (key, substitutions) => {
  const id = substitutions.length ? `${key}\u0000${substitutions.join('\u0000')}` : key;
  let text = looked.get(id);
  if (text === undefined) {
    text = browserI18n()?.getMessage(messageName(key), substitutions) || null;
    if (looked.size > 2000) looked.clear();
    looked.set(id, text);
  }
  return text;
};
/**
 * Texts already worded elsewhere (the background words the hint's chip as a page starts): the
 * first `browser.i18n.getMessage` in a content script costs a synchronous round trip for the
 * whole message bundle (~2 ms, BENCHMARKS.md), which the chip then never pays.
 */
export function primeMessages(texts: Readonly<Record<string, string>>): void {
  for (const [key, text] of Object.entries(texts)) if (typeof text === 'string' && text) looked.set(key, text);
}

let language = (): string => browserI18n()?.getUILanguage?.() ?? 'en';

/**
 * Plural forms: a text may hold two forms separated by " | ", singular then plural, chosen by
 * the `count` parameter with the language's own rule (`Intl.PluralRules`: French says "1,5 jour"
 * singular, English "1.5 days" plural). Our five languages need no more than these two.
 */
export function choosePlural(text: string, count: number | undefined, locale: string): string {
  if (count === undefined || !text.includes(' | ')) return text;
  const [one, other] = text.split(' | ');
  return (new Intl.PluralRules(locale).select(count) === 'one' ? one : other) ?? text;
}

/** Uses a catalogue instead of `browser.i18n` (Node tools, unit tests). */
export function useCatalogue(catalogue: Catalogue, locale = 'en'): void {
  language = () => locale;
  lookup = (key, substitutions) => {
    const template = catalogue[key];
    if (template === undefined) return null;
    const names = [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => substitutions[names.indexOf(name)] ?? whole);
  };
}

export function formatMessage(ref: MessageRef): string {
  const params = ref.params ?? {};
  const names = Object.keys(params).sort();
  const values = names.map((name) => {
    const value = params[name];
    if (TRANSLATED_PARAMS.has(name)) return lookup(`${name}.${value}`, []) ?? String(value);
    return String(value);
  });
  const text = lookup(ref.key, values) ?? ref.key;
  // Only a count asks for the language: in a content script, the first touch of `i18n` costs ~0.5 ms.
  if (typeof params.count !== 'number' || !text.includes(' | ')) return text;
  return choosePlural(text, params.count, language());
}

/** The texts of the hint's chip, worded by the background for the content script (`primeMessages`). */
export const CHIP_KEYS = ['messaging.free', 'messaging.locked', 'messaging.unknown', 'ui.why', 'ui.has-news'] as const;

export function formatKey(key: string): string {
  return formatMessage({ key });
}

/** Evidence fragments are written in lower case so they can be joined; the first starts the sentence. */
export function asSentence(text: string): string {
  return text ? `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.` : '';
}
