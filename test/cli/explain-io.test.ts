/**
 * The CLI's parser builds the tree a browser builds from the same file, where linkedom alone
 * would not: `<noscript>` contents (text in a browser, which runs scripts) and attribute names
 * written in capitals (lower-cased by every HTML parser).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readProfile } from '../../lib/reader/read-profile';
import { signalValues } from '../../lib/signals';
import { parseLikeABrowser } from '../../scripts/explain-io';
import { FIXTURE_CASES } from '../fixtures/profiles.expected';

const FILE = 'first-degree-no-connections-line.html';
const html = readFileSync(join(import.meta.dirname, '../fixtures', FILE), 'utf8');
const expected = FIXTURE_CASES.find((c) => c.file === FILE);
const TOP_CARD_START = /<section componentkey="com\.linkedin\.sdui\.profile\.card\.ref[^>]*>/;

const signalsOf = (source: string) => {
  const result = readProfile(parseLikeABrowser(source));
  return result.page === 'profile' ? signalValues(result.signals) : result;
};

test('nothing inside a <noscript> is read: a browser running scripts holds only its text', () => {
  expect(html).toMatch(TOP_CARD_START);
  const page = html.replace(TOP_CARD_START, '$&<noscript><div><p>999 connections</p><p>· 2nd</p></div></noscript>');
  expect(signalsOf(page)).toEqual(expected?.signals);
});

test('attribute names in capitals read as an HTML parser gives them, in lower case; the first of two wins', () => {
  const page = html
    .replaceAll('componentkey=', 'COMPONENTKEY=')
    .replace('<html lang="en">', '<html LANG="en" lang="de">');
  expect(signalsOf(page)).toEqual(expected?.signals);
  const document = parseLikeABrowser('<p ID="first" id="second" Data-X="1"></p>');
  const p = document.querySelector('p');
  expect([p?.getAttribute('id'), p?.getAttribute('data-x'), p?.attributes.length]).toEqual(['first', '1', 2]);
});

test('the fixtures read the same as through linkedom alone', () => {
  for (const fixture of FIXTURE_CASES.filter((c) => c.page === 'profile')) {
    const source = readFileSync(join(import.meta.dirname, '../fixtures', fixture.file), 'utf8');
    expect(signalsOf(source), fixture.file).toEqual(fixture.signals);
  }
});
