import { describe, expect, test } from 'vitest';
import { isProfileUrl, profileSlugFromUrl } from '../lib/page-detection';

// Each predicate with the URLs it must accept; every other list must be rejected
// (the github-url-detection habit). A failure means: is this URL really that page? Yes: fix the
// detector. No: move the URL to the list it belongs to.
const PROFILE_URLS = {
  'https://www.linkedin.com/in/dana-example/': 'dana-example',
  'https://www.linkedin.com/in/dana-example': 'dana-example',
  'https://www.linkedin.com/in/dana-example/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAFAKE': 'dana-example',
  'https://www.linkedin.com/in/dana-example/#experience': 'dana-example',
  'https://www.linkedin.com/in/j%C3%BCrgen-beispiel-1a2b3c/': 'jürgen-beispiel-1a2b3c',
};

const OTHER_URLS = [
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in/dana-example/overlay/contact-info/',
  'https://www.linkedin.com/in/dana-example/details/experience/',
  'https://www.linkedin.com/in/dana-example/edit/intro/',
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

describe('isProfileUrl', () => {
  test.each(Object.entries(PROFILE_URLS))('%s is a profile (slug %s)', (url, slug) => {
    expect(isProfileUrl(url)).toBe(true);
    expect(profileSlugFromUrl(url)).toBe(slug);
  });

  test.each(OTHER_URLS)('%s is not a profile', (url) => {
    expect(isProfileUrl(url)).toBe(false);
    expect(profileSlugFromUrl(url)).toBeNull();
  });
});
