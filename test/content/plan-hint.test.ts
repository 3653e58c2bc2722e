import { expect, test } from 'vitest';
import { planHintFromPage } from '../../lib/content/plan-hint';
import { fixtureHtml } from '../helpers/fixtures';

const parse = (file: string) => new DOMParser().parseFromString(fixtureHtml(file), 'text/html');

test('a Premium free-trial offer in LinkedIn’s nav suggests a free plan; its absence suggests nothing', () => {
  expect(planHintFromPage(parse('second-degree-message-primary.html'))).toEqual({
    plan: 'free',
    evidence: 'premium-trial-upsell',
  });
  expect(planHintFromPage(parse('first-degree.html'))).toBeNull();
});
