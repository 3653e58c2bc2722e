import { describe, expect, test } from 'vitest';
import {
  hrefParam,
  inviteeFromHref,
  isMyNetworkUrl,
  isPeopleListUrl,
  isPeopleSearchUrl,
  isProfileUrl,
  profileKey,
  profileKeyFromHref,
  profileKeyFromUrl,
  profileUrl,
  safeDecode,
  vanityOf,
} from '../lib/linkedin-urls';

const ID = 'ACoAAFAKE000000000000000000000000000008';

// Each predicate with the URLs it must accept; every other list must be rejected
// (the github-url-detection habit). A failure means: is this URL really that page? Yes: fix the
// detector. No: move the URL to the list it belongs to.
const PROFILE_URLS = {
  'https://www.linkedin.com/in/dana-example/': 'v:dana-example',
  'https://www.linkedin.com/in/dana-example': 'v:dana-example',
  'https://www.linkedin.com/in/Dana-Example/': 'v:dana-example',
  'https://www.linkedin.com/in/dana-example/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAFAKE': 'v:dana-example',
  'https://www.linkedin.com/in/dana-example/#experience': 'v:dana-example',
  'https://www.linkedin.com/in/dana-example/?locale=fr_FR': 'v:dana-example',
  'https://www.linkedin.com/in/dana-example/fr': 'v:dana-example',
  'https://www.linkedin.com/in/dana-example/de-DE/': 'v:dana-example',
  'https://www.linkedin.com/in/j%C3%BCrgen-beispiel-1a2b3c/': 'v:jürgen-beispiel-1a2b3c',
  'https://www.linkedin.com/in/J%C3%9CRGEN-beispiel-1a2b3c/': 'v:jürgen-beispiel-1a2b3c',
  'https://www.linkedin.com/in/j%c3%bcrgen-beispiel-1a2b3c/': 'v:jürgen-beispiel-1a2b3c',
  // Decomposed ü (u + combining diaeresis) names the same person as the composed one.
  'https://www.linkedin.com/in/ju%CC%88rgen-beispiel-1a2b3c/': 'v:jürgen-beispiel-1a2b3c',
  // A malformed escape is kept as written, never thrown.
  'https://www.linkedin.com/in/odd%E0%name/': 'v:odd%e0%name',
  [`https://www.linkedin.com/in/${ID}/`]: `m:${ID}`,
  [`https://www.linkedin.com/in/${ID}`]: `m:${ID}`,
  [`https://www.linkedin.com/in/${ID}/?lipi=urn%3Ali%3Apage%3Ad_flagship3_feed%3BAbC%3D%3D`]: `m:${ID}`,
  [`https://www.linkedin.com/in/${ID}/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A${ID}`]: `m:${ID}`,
};

const OTHER_URLS = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in/dana-example/overlay/contact-info/',
  'https://www.linkedin.com/in/dana-example/details/experience/',
  'https://www.linkedin.com/in/dana-example/edit/intro/',
  'https://www.linkedin.com/in/dana-example/recent-activity/all/',
  `https://www.linkedin.com/in/${ID}/overlay/about-this-profile/`,
  'https://www.linkedin.com/company/examplecorp/',
  'https://www.linkedin.com/messaging/compose/?recipient=ACoAAFAKE',
  'https://www.linkedin.com/search/results/people/?keywords=dana',
  'https://linkedin.com/in/dana-example/',
  'http://www.linkedin.com/in/dana-example/',
  'https://www.linkedin.com.evil.example/in/dana-example/',
  'https://de.linkedin.com/in/dana-example/',
  'not a url',
  '',
];

describe('profileKeyFromUrl', () => {
  test.each(Object.entries(PROFILE_URLS))('%s is a profile (%s)', (url, key) => {
    expect(isProfileUrl(url)).toBe(true);
    expect(profileKeyFromUrl(url)).toBe(key);
  });

  test.each(OTHER_URLS)('%s is not a profile', (url) => {
    expect(isProfileUrl(url)).toBe(false);
    expect(profileKeyFromUrl(url)).toBeNull();
  });
});

const PEOPLE_SEARCH_URLS = [
  'https://www.linkedin.com/search/results/people/?keywords=dana',
  'https://www.linkedin.com/search/results/people/',
  'https://www.linkedin.com/search/results/people?keywords=dana&network=%5B%22S%22%5D&origin=FACETED_SEARCH',
  'https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH&connectionOf=%5B%22ACoAAFAKE%22%5D',
];

const MY_NETWORK_URLS = [
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/mynetwork',
  'https://www.linkedin.com/mynetwork/grow/',
  'https://www.linkedin.com/mynetwork/invitation-manager/',
  'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
  'https://www.linkedin.com/mynetwork/catch-up/all/',
];

/** Neither a people search nor My Network. */
const NOT_PEOPLE_LISTS = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/dana-example/',
  'https://www.linkedin.com/search/results/all/?keywords=dana',
  'https://www.linkedin.com/search/results/companies/?keywords=dana',
  'https://www.linkedin.com/search/results/people/extra/',
  'https://www.linkedin.com/mynetworkish/',
  'https://www.linkedin.com/feed/?path=/mynetwork/',
  'https://linkedin.com/mynetwork/',
  'http://www.linkedin.com/search/results/people/',
  'https://www.linkedin.com.evil.example/mynetwork/',
  'not a url',
  '',
];

describe('people lists', () => {
  test.each(PEOPLE_SEARCH_URLS)('%s is a people search', (url) => {
    expect(isPeopleSearchUrl(url)).toBe(true);
    expect(isMyNetworkUrl(url)).toBe(false);
    expect(isPeopleListUrl(url)).toBe(true);
    expect(isProfileUrl(url)).toBe(false);
  });

  test.each(MY_NETWORK_URLS)('%s is My Network', (url) => {
    expect(isMyNetworkUrl(url)).toBe(true);
    expect(isPeopleSearchUrl(url)).toBe(false);
    expect(isPeopleListUrl(url)).toBe(true);
    expect(isProfileUrl(url)).toBe(false);
  });

  test.each(NOT_PEOPLE_LISTS)('%s is no people list', (url) => {
    expect(isPeopleListUrl(url)).toBe(false);
  });

  test.each(Object.keys(PROFILE_URLS))('the profile %s is no people list', (url) => {
    expect(isPeopleListUrl(url)).toBe(false);
  });
});

describe('names in links', () => {
  test('a profile link, relative or absolute, any view below it', () => {
    expect(profileKeyFromHref('/in/dana-example/')).toBe('v:dana-example');
    expect(profileKeyFromHref('https://www.linkedin.com/in/Dana-Example/overlay/contact-info/')).toBe('v:dana-example');
    expect(profileKeyFromHref(`/in/${ID}?x=1`)).toBe(`m:${ID}`);
    expect(profileKeyFromHref('/in/bad%E0%A4%A/')).toBe('v:bad%e0%a4%a');
    expect(profileKeyFromHref('/company/examplecorp/')).toBeNull();
  });

  test('search parameters of Message and Connect links', () => {
    expect(hrefParam(`/messaging/compose/?profileUrn=urn&recipient=${ID}&interop=msgOverlay`, 'recipient')).toBe(ID);
    expect(hrefParam('/preload/custom-invite/?vanityName=j%C3%BCrgen', 'vanityName')).toBe('jürgen');
    expect(hrefParam('/preload/custom-invite/', 'vanityName')).toBeNull();
    expect(hrefParam('/preload/custom-invite/?vanityName=%E0%A4%A', 'vanityName')).not.toBeUndefined();
  });

  test('whom a Connect link invites: its vanityName, in profiles, menus, search results and My Network', () => {
    expect(inviteeFromHref('/preload/custom-invite/?vanityName=sam-placeholder-42')).toBe('v:sam-placeholder-42');
    expect(inviteeFromHref('https://www.linkedin.com/preload/custom-invite/?vanityName=J%C3%BCrgen')).toBe('v:jürgen');
    expect(inviteeFromHref('/preload/search-custom-invite/?vanityName=kim-fakename&origin=SEARCH')).toBe(
      'v:kim-fakename',
    );
    expect(inviteeFromHref('/preload/custom-invite/')).toBeNull();
    expect(inviteeFromHref('/in/dana-example/?vanityName=dana-example')).toBeNull();
    expect(inviteeFromHref(`/messaging/compose/?recipient=${ID}`)).toBeNull();
  });

  test('a member id is told from a vanity name by its form, and never lower-cased', () => {
    expect(profileKey(ID)).toBe(`m:${ID}`);
    expect(profileKey('acoaafake-lowercase-is-a-vanity-name')).toBe('v:acoaafake-lowercase-is-a-vanity-name');
    expect(profileKey('  ')).toBeNull();
    expect(vanityOf('v:dana-example')).toBe('dana-example');
    expect(vanityOf(`m:${ID}`)).toBeNull();
    expect(vanityOf(null)).toBeNull();
  });

  test('decoding never throws', () => {
    expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A');
    expect(safeDecode('j%C3%BCrgen')).toBe('jürgen');
  });

  test('a profile address from a vanity name, escaped', () => {
    expect(profileUrl('jürgen')).toBe('https://www.linkedin.com/in/j%C3%BCrgen/');
    expect(profileUrl('a/b?c')).toBe('https://www.linkedin.com/in/a%2Fb%3Fc/');
    expect(profileUrl('\uD800x')).toBe('https://www.linkedin.com/in/%EF%BF%BDx/');
  });
});
