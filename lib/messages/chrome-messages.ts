/**
 * Our message catalogues in the browser's own `_locales/<lang>/messages.json` form, so texts
 * ship outside the bundles and `browser.i18n` picks the user's language. Keys such as
 * `step.message-now.why` become message names `step_message_now_why`; `{param}` substitutions
 * become named placeholders numbered in alphabetical order of their names (the order
 * `formatMessage` passes them in).
 */

export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function messageName(key: string): string {
  return key.replace(/[^A-Za-z0-9_@]/g, '_');
}

/** The names of a template's `{params}`, in the order their values are passed. */
export function paramOrder(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

export function toChromeMessages(catalogue: Readonly<Record<string, string>>): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, template] of Object.entries(catalogue)) {
    const name = messageName(key);
    if (out[name]) throw new Error(`Two message keys map to the same name ${name}`);
    const params = paramOrder(template);
    const message = template.replaceAll('$', '$$$$').replace(/\{(\w+)\}/g, (_m, p: string) => `$${p.toUpperCase()}$`);
    out[name] = params.length
      ? {
          message,
          placeholders: Object.fromEntries(params.map((p, i) => [p.toLowerCase(), { content: `$${i + 1}` }])),
        }
      : { message };
  }
  return out;
}
