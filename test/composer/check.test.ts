/**
 * The composer checker, one table row per case: each finding fires where it should, with the
 * right severity and parameters, and stays quiet where it should not (in English, German, French,
 * Spanish and Portuguese for the word lists).
 */
import { describe, expect, test } from 'vitest';
import { checkComposerText } from '../../lib/composer/check';
import type { ComposerContext, ComposerKind, FindingId, Severity } from '../../lib/composer/types';
import type { Plan } from '../../lib/evaluator/types';
import { formatMessage } from '../../lib/messages/format';
import { textLengthLimit } from '../../lib/pace/limits';

const BASE: ComposerContext = {
  kind: 'message',
  plan: 'free',
  recipient: { firstName: 'Anna', company: 'Acme GmbH', headlineWords: ['Data', 'Engineer', 'at', 'Acme'] },
  firstMessage: true,
  language: 'en',
  nearDuplicateCount: null,
  notesLeftThisMonth: null,
  invitesLeftThisWeek: null,
};

const context = (overrides: Partial<ComposerContext> = {}): ComposerContext => ({ ...BASE, ...overrides });

/** Personal, with a reason up front, no link, short: the baseline that gives no finding at all. */
const GOOD = 'Hi Anna, I noticed your post on data contracts at Acme and would love to compare notes.';

interface Row {
  name: string;
  text: string;
  ctx?: Partial<ComposerContext>;
  /** The finding's expected severity, or null when it must not fire. */
  severity: Severity | null;
  params?: Record<string, string | number>;
  key?: string;
}

function run(id: FindingId, rows: Row[]) {
  test.each(rows)('$name', ({ text, ctx, severity, params, key }) => {
    const finding = checkComposerText(text, context(ctx)).find((f) => f.id === id);
    if (severity === null) {
      expect(finding).toBeUndefined();
      return;
    }
    expect(finding?.severity).toBe(severity);
    if (params) expect(finding?.reason.params).toEqual(params);
    if (key) expect(finding?.reason.key).toBe(key);
  });
}

test('a personal text with a reason up front, no link and within the limit gives no finding', () => {
  expect(checkComposerText(GOOD, context())).toEqual([]);
  expect(checkComposerText(GOOD, context({ kind: 'invitation-note' }))).toEqual([]);
  expect(checkComposerText(GOOD, context({ kind: 'inmail-body', plan: 'premium-business' }))).toEqual([]);
});

test('an empty or blank composer gives no finding', () => {
  for (const text of ['', '   ', '\n\n\t']) {
    expect(checkComposerText(text, context())).toEqual([]);
    expect(checkComposerText(text, context({ kind: 'invitation-note' }))).toEqual([]);
  }
});

describe('not-personal', () => {
  const generic = "I'm reaching out because our team builds tools for people like you.";
  run('not-personal', [
    { name: 'fires on a text with no name, company or headline word', text: generic, severity: 'warning' },
    { name: 'fires in an invitation note', text: generic, ctx: { kind: 'invitation-note' }, severity: 'warning' },
    { name: 'the first name counts', text: `Anna, ${generic}`, severity: null },
    { name: 'the first name counts whatever the case', text: `ANNA, ${generic}`, severity: null },
    {
      name: 'the first name counts without its accents',
      text: `Zoe, ${generic}`,
      ctx: { recipient: { firstName: 'Zoë', company: null, headlineWords: [] } },
      severity: null,
    },
    { name: 'a name inside a longer word does not count', text: `Annabelle said ${generic}`, severity: 'warning' },
    { name: 'the company counts without its legal form', text: `${generic} Acme too?`, severity: null },
    {
      name: 'a headline word of 4+ letters counts',
      text: "I'm reaching out because your data work caught my eye.",
      severity: null,
    },
    {
      name: 'a common headline word does not count',
      text: 'I am writing with a question for you about hiring.',
      ctx: { recipient: { firstName: null, company: null, headlineWords: ['Helping', 'teams', 'with', 'hiring'] } },
      severity: null,
    },
    {
      name: 'common headline words alone are no facts',
      text: 'I am writing with a question for you about your day.',
      ctx: { recipient: { firstName: null, company: null, headlineWords: ['with', 'your', 'at'] } },
      severity: null,
    },
    {
      name: 'quiet when the profile gave no facts at all',
      text: generic,
      ctx: { recipient: { firstName: null, company: null, headlineWords: [] } },
      severity: null,
    },
    { name: 'quiet on a short text', text: 'Thanks, talk soon!', severity: null },
    { name: 'quiet on a reply in a running thread', text: generic, ctx: { firstMessage: false }, severity: null },
    { name: 'quiet on an InMail subject', text: generic, ctx: { kind: 'inmail-subject' }, severity: null },
  ]);
});

describe('no-reason-up-front', () => {
  run('no-reason-up-front', [
    {
      name: 'fires on small talk first (en)',
      text: 'Hi Anna, hope you are well. I saw your data post.',
      severity: 'info',
    },
    {
      name: 'fires on a self-introduction first (en)',
      text: 'Anna, I lead the data team at Globex.\nI noticed your talk.',
      severity: 'info',
    },
    {
      name: 'a reason cue after the salutation line (en)',
      text: 'Hi Anna,\n\nI noticed your data post.',
      severity: null,
    },
    { name: 'a question first (en)', text: 'Anna, would you be open to a chat about data at Acme?', severity: null },
    { name: 'a salutation with a title (en)', text: 'Dear Dr. Meyer, I saw your data talk at Acme.', severity: null },
    {
      name: 'an abbreviation does not end the sentence (en)',
      text: 'Anna, tools like ours, e.g. at Acme, matter because data grows.',
      severity: null,
    },
    {
      name: 'fires on small talk first (de)',
      text: 'Hallo Anna,\nich leite das Datenteam bei Globex. Mir ist Ihr Beitrag aufgefallen.',
      ctx: { language: 'de' },
      severity: 'info',
    },
    {
      name: 'a reason cue (de)',
      text: 'Hallo Anna,\nmir ist Ihr Beitrag zu Data Contracts aufgefallen.',
      ctx: { language: 'de' },
      severity: null,
    },
    {
      name: 'a reason cue, accents and case folded (de)',
      text: 'Sehr geehrte Frau Schmidt,\nBEZUGLICH Ihres Vortrags bei Acme eine Idee.',
      ctx: { language: 'de' },
      severity: null,
    },
    {
      name: 'ich schreibe Ihnen (de)',
      text: 'Guten Tag Anna, ich schreibe Ihnen wegen Ihres Vortrags bei Acme.',
      ctx: { language: 'de' },
      severity: null,
    },
    {
      name: 'fires on small talk first (fr)',
      text: "Bonjour Anna,\nj'espère que vous allez bien. Je dirige l'équipe data chez Globex.",
      ctx: { language: 'fr' },
      severity: 'info',
    },
    {
      name: 'je vous contacte (fr)',
      text: 'Bonjour Anna, je vous contacte au sujet de votre intervention chez Acme.',
      ctx: { language: 'fr' },
      severity: null,
    },
    {
      name: "j'ai vu, with a typographic apostrophe (fr)",
      text: 'Bonjour Anna, j’ai vu votre article sur les données chez Acme.',
      ctx: { language: 'fr' },
      severity: null,
    },
    {
      name: 'a reason cue (es)',
      text: 'Hola Anna, te escribo porque vi tu charla sobre datos en Acme.',
      ctx: { language: 'es' },
      severity: null,
    },
    {
      name: 'a question with ¿ (es)',
      text: 'Hola Anna, ¿tendrías unos minutos para hablar de datos en Acme?',
      ctx: { language: 'es' },
      severity: null,
    },
    {
      name: 'a reason cue (pt)',
      text: 'Olá Anna, vi sua publicação sobre dados na Acme e gostaria de conversar.',
      ctx: { language: 'pt-BR' },
      severity: null,
    },
    {
      name: 'English cues still count on a German page',
      text: 'Hallo Anna, I noticed your data talk at Acme.',
      ctx: { language: 'de' },
      severity: null,
    },
    {
      name: 'another language’s cues do not count',
      text: 'Hi Anna, mir ist your data talk at Acme aufgefallen.',
      ctx: { language: 'en' },
      severity: 'info',
    },
    {
      name: 'quiet on an InMail subject',
      text: 'Data contracts at Acme: a few notes',
      ctx: { kind: 'inmail-subject' },
      severity: null,
    },
    {
      name: 'quiet on a reply',
      text: 'Hope you are well. Data at Acme sounds fun.',
      ctx: { firstMessage: false },
      severity: null,
    },
  ]);
});

describe('promotional', () => {
  const lead = 'Hi Anna, I noticed your data post at Acme. ';
  run('promotional', [
    {
      name: 'en: book a demo, quoted as typed',
      text: `${lead}Book a Demo today.`,
      severity: 'warning',
      params: { phrase: 'Book a Demo' },
    },
    { name: 'en: 100% free', text: `${lead}It is 100% free.`, severity: 'warning', params: { phrase: '100% free' } },
    {
      name: 'en: curly apostrophe',
      text: `${lead}Don’t miss out!`,
      severity: 'warning',
      params: { phrase: 'Don’t miss out' },
    },
    {
      name: 'en: a phrase across a line break',
      text: `${lead}Start your free\ntrial.`,
      severity: 'warning',
      params: { phrase: 'free trial' },
    },
    {
      name: 'en: the first phrase in the text wins',
      text: `${lead}Discount and free trial.`,
      severity: 'warning',
      params: { phrase: 'Discount' },
    },
    {
      name: 'de: kostenlos testen',
      text: 'Hallo Anna, Jetzt KOSTENLOS testen!',
      ctx: { language: 'de' },
      severity: 'warning',
      params: { phrase: 'KOSTENLOS testen' },
    },
    {
      name: 'de: without the umlaut',
      text: 'Hallo Anna, nur fur kurze Zeit!',
      ctx: { language: 'de' },
      severity: 'warning',
      params: { phrase: 'nur fur kurze Zeit' },
    },
    {
      name: 'de: the page language comes before English',
      text: 'Hallo Anna, free trial oder Rabatt?',
      ctx: { language: 'de' },
      severity: 'warning',
      params: { phrase: 'Rabatt' },
    },
    {
      name: 'de: English as the fallback',
      text: 'Hallo Anna, unser free trial läuft.',
      ctx: { language: 'de' },
      severity: 'warning',
      params: { phrase: 'free trial' },
    },
    {
      name: 'fr: essai gratuit',
      text: 'Bonjour Anna, profitez de notre essai gratuit.',
      ctx: { language: 'fr' },
      severity: 'warning',
      params: { phrase: 'essai gratuit' },
    },
    {
      name: 'fr: réduction written without its accent',
      text: 'Bonjour Anna, une reduction pour vous.',
      ctx: { language: 'fr' },
      severity: 'warning',
      params: { phrase: 'reduction' },
    },
    {
      name: 'fr: satisfait ou remboursé',
      text: 'Bonjour Anna, Satisfait ou Remboursé !',
      ctx: { language: 'fr' },
      severity: 'warning',
      params: { phrase: 'Satisfait ou Remboursé' },
    },
    {
      name: 'es: prueba gratuita',
      text: 'Hola Anna, te ofrezco una prueba gratuita.',
      ctx: { language: 'es' },
      severity: 'warning',
      params: { phrase: 'prueba gratuita' },
    },
    {
      name: 'pt: teste grátis',
      text: 'Olá Anna, faça um teste gratis hoje.',
      ctx: { language: 'pt' },
      severity: 'warning',
      params: { phrase: 'teste gratis' },
    },
    {
      name: 'also in an InMail subject',
      text: 'Exclusive offer for Acme',
      ctx: { kind: 'inmail-subject' },
      severity: 'warning',
    },
    { name: 'also in a reply', text: 'Sure, buy now.', ctx: { firstMessage: false }, severity: 'warning' },
    { name: 'not inside a longer word (en)', text: `${lead}We discounted nothing.`, severity: null },
    { name: 'not for a bare "free" (en)', text: `${lead}Are you free on Friday?`, severity: null },
    {
      name: 'not inside a compound (de)',
      text: 'Hallo Anna, die Rabattschlacht war gestern.',
      ctx: { language: 'de' },
      severity: null,
    },
    {
      name: 'not for an alumni "promotion" (fr)',
      text: 'Bonjour Anna, nous étions dans la même promotion à Lyon.',
      ctx: { language: 'fr' },
      severity: null,
    },
    {
      name: "not for another language's phrase (fr page, German phrase)",
      text: 'Bonjour Anna, le mot Sonderangebot est drôle.',
      ctx: { language: 'fr' },
      severity: null,
    },
  ]);
});

describe('link-in-first-message', () => {
  const lead = 'Hi Anna, I noticed your data post at Acme. ';
  run('link-in-first-message', [
    { name: 'an https link', text: `${lead}See https://example.org/x`, severity: 'warning' },
    { name: 'a www link', text: `${lead}See www.example.org`, severity: 'warning' },
    { name: 'a bare domain with a path', text: `${lead}See example.com/path`, severity: 'warning' },
    { name: 'a bare .io domain', text: `${lead}Try acme-tools.io today`, severity: 'warning' },
    {
      name: 'in an invitation note, even mid-thread',
      text: `${lead}example.com`,
      ctx: { kind: 'invitation-note', firstMessage: false },
      severity: 'warning',
    },
    {
      name: 'in an InMail body',
      text: `${lead}example.com`,
      ctx: { kind: 'inmail-body', firstMessage: false },
      severity: 'warning',
    },
    {
      name: 'not in a reply in a running thread',
      text: `${lead}See https://example.org`,
      ctx: { firstMessage: false },
      severity: null,
    },
    { name: 'not an email address', text: `${lead}Write to anna@example.com`, severity: null },
    { name: 'not technology names', text: `${lead}We use ASP.NET and Node.js, e.g. for APIs.`, severity: null },
    { name: 'not a missing space after a full stop', text: `${lead}Thanks for the invite.Be well`, severity: null },
    { name: 'not version numbers', text: `${lead}We run version 2.3.1 now.`, severity: null },
  ]);
});

describe('phone-in-first-message', () => {
  const lead = 'Hi Anna, I noticed your data post at Acme. ';
  run('phone-in-first-message', [
    { name: 'an international number', text: `${lead}Call +49 30 1234567.`, severity: 'warning' },
    { name: 'a US number', text: `${lead}Call (555) 123-4567.`, severity: 'warning' },
    { name: 'a French number', text: `${lead}Appelez le 06 12 34 56 78.`, severity: 'warning' },
    { name: 'a number with a trunk prefix', text: `${lead}Ruf an: +49 (0)30 123 45 67`, severity: 'warning' },
    {
      name: 'in an invitation note',
      text: `${lead}0151 1234567`,
      ctx: { kind: 'invitation-note' },
      severity: 'warning',
    },
    { name: 'not in a reply', text: `${lead}Call +49 30 1234567.`, ctx: { firstMessage: false }, severity: null },
    { name: 'not an ISO date and time', text: `${lead}Meet on 2026-11-21 10:00?`, severity: null },
    { name: 'not a European date', text: `${lead}Bis zum 21.11.2026 um 10 Uhr.`, severity: null },
    { name: 'not a year range', text: `${lead}I was there 2019-2023.`, severity: null },
    { name: 'not a large amount', text: `${lead}We reached 1.000.000 users and 2,500,000 views.`, severity: null },
    { name: 'not a small number', text: `${lead}Room 12345, 3 pm.`, severity: null },
    { name: 'not digits inside a link', text: `${lead}linkedin.com/in/anna-1234567`, severity: null },
  ]);
});

describe('too-long', () => {
  const text = (n: number) => 'a'.repeat(n);
  run('too-long', [
    {
      name: 'note over 200 on a free account',
      text: text(201),
      ctx: { kind: 'invitation-note' },
      severity: 'problem',
      params: { length: 201, limit: 200 },
    },
    {
      name: 'note at 200 on a free account',
      text: text(200),
      ctx: { kind: 'invitation-note' },
      severity: 'info',
      params: { length: 200, limit: 200 },
    },
    {
      name: 'note near 200 on a free account',
      text: text(180),
      ctx: { kind: 'invitation-note' },
      severity: 'info',
      key: 'composer.too-long.reason-near',
    },
    { name: 'note well within on a free account', text: text(179), ctx: { kind: 'invitation-note' }, severity: null },
    {
      name: 'note of 250 on Premium',
      text: text(250),
      ctx: { kind: 'invitation-note', plan: 'premium-career' },
      severity: null,
    },
    {
      name: 'note over 300 on Sales Navigator',
      text: text(301),
      ctx: { kind: 'invitation-note', plan: 'sales-navigator' },
      severity: 'problem',
      params: { length: 301, limit: 300 },
    },
    {
      name: 'InMail subject over 200',
      text: text(201),
      ctx: { kind: 'inmail-subject' },
      severity: 'problem',
      key: 'composer.too-long.reason',
    },
    {
      name: 'InMail body over 2,000',
      text: text(2001),
      ctx: { kind: 'inmail-body' },
      severity: 'problem',
      params: { length: 2001, limit: 2000 },
    },
    { name: 'InMail body of 1,000', text: text(1000), ctx: { kind: 'inmail-body' }, severity: null },
    { name: 'message over 8,000', text: text(8001), severity: 'problem', params: { length: 8001, limit: 8000 } },
    {
      name: 'message over 8,000: a length LinkedIn does not publish, said so',
      text: text(8001),
      severity: 'problem',
      key: 'composer.too-long.reason-unpublished',
    },
    {
      name: 'message near 8,000: said to be unpublished too',
      text: text(7500),
      severity: 'info',
      key: 'composer.too-long.reason-near-unpublished',
    },
    { name: 'message of 2,000', text: text(2000), severity: null },
    {
      name: 'emoji count as one character each',
      text: '😀'.repeat(200),
      ctx: { kind: 'invitation-note' },
      severity: 'info',
      params: { length: 200, limit: 200 },
    },
    {
      name: 'accents written as two code points count as two',
      text: 'e\u0301'.repeat(101),
      ctx: { kind: 'invitation-note' },
      severity: 'problem',
      params: { length: 202, limit: 200 },
    },
  ]);

  test('limits by kind and plan, from the limits table', () => {
    const limit = (kind: ComposerKind, plan: Plan) => textLengthLimit(kind, plan).value;
    expect(limit('invitation-note', 'free')).toBe(200);
    expect(limit('invitation-note', 'recruiter-lite')).toBe(300);
    expect(limit('inmail-subject', 'free')).toBe(200);
    expect(limit('inmail-body', 'premium-business')).toBe(2000);
    expect(limit('message', 'free')).toBe(8000);
  });

  test('the user’s own note length replaces the plan’s', () => {
    const note = `Hi Anna, ${'a'.repeat(241)}`;
    const limits = { 'note-length': 400 };
    const context = { ...BASE, kind: 'invitation-note' as const, limits };
    expect(checkComposerText(note, context).some((f) => f.id === 'too-long')).toBe(false);
    const tooLong = checkComposerText(`${note}${'a'.repeat(151)}`, context).find((f) => f.id === 'too-long');
    expect(tooLong?.reason.params).toEqual({ length: 401, limit: 400 });
    expect(tooLong?.reason.key).toBe('composer.too-long.reason');
  });
});

describe('near-duplicate', () => {
  run('near-duplicate', [
    {
      name: 'one earlier text: a warning',
      text: GOOD,
      ctx: { nearDuplicateCount: 1 },
      severity: 'warning',
      key: 'composer.near-duplicate.reason-one',
    },
    {
      name: 'two earlier texts: a warning with the count',
      text: GOOD,
      ctx: { nearDuplicateCount: 2 },
      severity: 'warning',
      params: { count: 2 },
    },
    {
      name: 'six earlier texts: a problem',
      text: GOOD,
      ctx: { nearDuplicateCount: 6 },
      severity: 'problem',
      params: { count: 6 },
    },
    { name: 'also on a reply', text: 'ok', ctx: { nearDuplicateCount: 3, firstMessage: false }, severity: 'problem' },
    { name: 'none', text: GOOD, ctx: { nearDuplicateCount: 0 }, severity: null },
    { name: 'unknown', text: GOOD, ctx: { nearDuplicateCount: null }, severity: null },
    { name: 'not a number', text: GOOD, ctx: { nearDuplicateCount: Number.NaN }, severity: null },
  ]);

  test('reads "like 6 messages you sent this week"', () => {
    const finding = checkComposerText(GOOD, context({ nearDuplicateCount: 6 })).find((f) => f.id === 'near-duplicate');
    expect(finding && formatMessage(finding.reason)).toBe('This reads like 6 messages you sent this week.');
  });
});

describe('notes-running-out', () => {
  const note = { kind: 'invitation-note' } as const;
  run('notes-running-out', [
    {
      name: 'the last note of the month',
      text: GOOD,
      ctx: { ...note, notesLeftThisMonth: 1 },
      severity: 'info',
      params: { left: 1 },
    },
    {
      name: 'no note left',
      text: GOOD,
      ctx: { ...note, notesLeftThisMonth: 0 },
      severity: 'warning',
      params: { left: 0 },
    },
    { name: 'shown before typing', text: '', ctx: { ...note, notesLeftThisMonth: 0 }, severity: 'warning' },
    { name: 'two left', text: GOOD, ctx: { ...note, notesLeftThisMonth: 2 }, severity: null },
    { name: 'unknown', text: GOOD, ctx: { ...note, notesLeftThisMonth: null }, severity: null },
    {
      name: 'Premium has no quota',
      text: GOOD,
      ctx: { ...note, plan: 'premium-career', notesLeftThisMonth: 0 },
      severity: null,
    },
    { name: 'not for a message', text: GOOD, ctx: { notesLeftThisMonth: 0 }, severity: null },
  ]);
});

describe('invites-running-out', () => {
  const note = { kind: 'invitation-note' } as const;
  run('invites-running-out', [
    { name: 'ten left', text: GOOD, ctx: { ...note, invitesLeftThisWeek: 10 }, severity: 'info', params: { left: 10 } },
    {
      name: 'none left',
      text: GOOD,
      ctx: { ...note, invitesLeftThisWeek: 0 },
      severity: 'warning',
      params: { left: 0 },
    },
    {
      name: 'over the limit counts as none left',
      text: GOOD,
      ctx: { ...note, invitesLeftThisWeek: -3 },
      severity: 'warning',
      params: { left: 0 },
    },
    { name: 'eleven left', text: GOOD, ctx: { ...note, invitesLeftThisWeek: 11 }, severity: null },
    { name: 'unknown', text: GOOD, ctx: { ...note, invitesLeftThisWeek: null }, severity: null },
    { name: 'not for a message', text: GOOD, ctx: { invitesLeftThisWeek: 0 }, severity: null },
  ]);
});

test('findings come most serious first, then in FINDING_IDS order', () => {
  const text = 'Hope all is well! Book a demo at www.example.com or call +1 555 123 4567.';
  const findings = checkComposerText(
    text,
    context({ kind: 'invitation-note', nearDuplicateCount: 4, notesLeftThisMonth: 1, invitesLeftThisWeek: 5 }),
  );
  expect(findings.map((f) => [f.id, f.severity])).toEqual([
    ['near-duplicate', 'problem'],
    ['not-personal', 'warning'],
    ['promotional', 'warning'],
    ['link-in-first-message', 'warning'],
    ['phone-in-first-message', 'warning'],
    ['no-reason-up-front', 'info'],
    ['notes-running-out', 'info'],
    ['invites-running-out', 'info'],
  ]);
});

test('every finding has a reason and a suggestion that read as English sentences', () => {
  const findings = checkComposerText(
    'Book a demo: www.example.com',
    context({ kind: 'invitation-note', nearDuplicateCount: 2, notesLeftThisMonth: 0 }),
  );
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) {
    for (const ref of [f.reason, f.suggestion]) {
      const line = formatMessage(ref);
      expect(line).not.toMatch(/^composer\.|\{\w+\}/);
      expect(line).not.toContain('\n');
    }
  }
});
