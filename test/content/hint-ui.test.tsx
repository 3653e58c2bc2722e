import { fireEvent, getByRole, queryByRole } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HINT_HOST_NAME, type HintProps, mountHint } from '../../lib/content/hint-ui';
import { evaluate } from '../../lib/evaluator/evaluate';
import { hintPropsFor } from '../helpers/hint-props';
import { signalsFrom } from '../helpers/signals';

const NOW = Date.UTC(2026, 10, 21);

const LOCKED = evaluate(signalsFrom({ degree: '3rd', connect: 'more-menu', activity: true }), { plan: 'free' });

function props(overrides: Partial<HintProps> = {}): HintProps {
  const verdict = 'verdict' in overrides ? (overrides.verdict ?? null) : LOCKED;
  return hintPropsFor(verdict, { ...overrides, messaging: overrides.messaging ?? verdict?.messaging ?? 'unknown' });
}

/** Mounts the hint on a fresh top card; queries run inside its shadow root. */
function mount(overrides: Partial<HintProps> = {}) {
  const topCard = document.createElement('section');
  document.body.append(topCard);
  const mounted = mountHint(topCard, props(overrides));
  const shadow = topCard.querySelector(HINT_HOST_NAME)?.shadowRoot;
  const hint = shadow?.querySelector<HTMLElement>('.ll-hint');
  if (!shadow || !hint) throw new Error('no hint mounted');
  const chip = () => getByRole(hint, 'button', { name: /Message locked|Free to message|Cannot tell/ });
  return { topCard, mounted, shadow, hint, chip };
}

describe('the in-page hint', () => {
  afterEach(() => document.body.replaceChildren());

  test('is a chip that says the state and opens a labelled panel', () => {
    const { hint, chip } = mount();
    expect(chip().textContent).toBe('Message locked · why?');
    expect(chip().getAttribute('aria-expanded')).toBe('false');
    expect(hint.querySelector('.ll-panel')).toBeNull();
    fireEvent.click(chip());
    expect(chip().getAttribute('aria-expanded')).toBe('true');
    const panel = getByRole(hint, 'region', { name: 'LockLens: Message locked. Why?' });
    expect(chip().getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.textContent).toContain('You are not connected');
    expect(panel.textContent).toContain("LinkedIn's own rule");
    expect([...panel.querySelectorAll('.ll-step')].map((li) => li.getAttribute('data-step'))[0]).toBe(
      'connect-from-more-menu',
    );
    fireEvent.click(chip());
    expect(queryByRole(hint, 'region')).toBeNull();
  });

  test('adds the panel’s style sheet when the panel is first opened, and only then (unit tests load no CSS text)', () => {
    const { shadow, chip } = mount();
    const sheets = () => shadow.querySelectorAll('style').length;
    expect(sheets()).toBe(1);
    fireEvent.click(chip());
    expect(sheets()).toBe(2);
    fireEvent.click(chip());
    fireEvent.click(chip());
    expect(sheets()).toBe(2);
  });

  test('Escape closes the panel and returns focus to the chip', () => {
    const { hint, shadow, chip } = mount();
    fireEvent.click(chip());
    fireEvent.keyDown(getByRole(hint, 'region'), { key: 'Escape' });
    expect(queryByRole(hint, 'region')).toBeNull();
    expect(shadow.activeElement).toBe(chip());
  });

  test('the close button closes the panel too', () => {
    const { hint, shadow, chip } = mount();
    fireEvent.click(chip());
    fireEvent.click(getByRole(hint, 'button', { name: 'Close' }));
    expect(queryByRole(hint, 'region')).toBeNull();
    expect(shadow.activeElement).toBe(chip());
  });

  test('points at LinkedIn’s own controls, only those on the page, and never clicks them', () => {
    const showControl = vi.fn();
    const { hint, chip } = mount({ showControl, hasControl: (control) => control === 'more' });
    fireEvent.click(chip());
    fireEvent.click(getByRole(hint, 'button', { name: 'Show the More menu' }));
    expect(showControl).toHaveBeenCalledWith('more');
    expect(queryByRole(hint, 'button', { name: 'Show their posts' })).toBeNull();
  });

  test('can be hidden on this profile', () => {
    const onDismiss = vi.fn();
    const { hint, chip } = mount({ onDismiss });
    fireEvent.click(chip());
    fireEvent.click(getByRole(hint, 'button', { name: 'Hide on this profile' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  test('a free profile says so without "why?"', () => {
    const { chip } = mount({ verdict: evaluate(signalsFrom({ degree: '1st', connect: 'none' }), { plan: 'free' }) });
    expect(chip().textContent).toBe('Free to message');
  });

  test('follows LinkedIn’s theme when the page says it', () => {
    expect(mount({ theme: 'dark' }).hint.dataset.theme).toBe('dark');
    expect(mount().hint.dataset.theme).toBeUndefined();
  });

  test('before the verdict, the panel says it is weighing; the verdict fills it in place', () => {
    const { mounted, hint, chip } = mount({ verdict: null, messaging: 'locked' });
    fireEvent.click(chip());
    expect(getByRole(hint, 'status').textContent).toMatch(/\S/);
    expect(hint.querySelector('.ll-step')).toBeNull();
    mounted.update(props());
    expect(hint.querySelector('.ll-step')).not.toBeNull();
    expect(chip().getAttribute('aria-expanded')).toBe('true');
  });

  test('no answer from the background: the panel says it could not explain', () => {
    const { mounted, hint, chip } = mount({ verdict: null, messaging: 'locked' });
    mounted.update(props({ verdict: null, messaging: 'locked', unavailable: true }));
    fireEvent.click(chip());
    expect(getByRole(hint, 'status').textContent).toContain('could not');
  });

  test('news about this person puts a dot on the chip, with a text for screen readers', () => {
    const { mounted, hint, chip } = mount();
    expect(hint.querySelector('.ll-chip-dot')).toBeNull();
    mounted.update(props({ lastContact: { kind: 'message', at: NOW - 86_400_000 } }));
    expect(hint.querySelector('.ll-chip-dot')?.getAttribute('aria-hidden')).toBe('true');
    expect(chip().querySelector('.ll-sr')?.textContent).toMatch(/\S/);
  });

  test('the verdict’s arrival and the panel’s toggling leave the chip’s contents in place', () => {
    const { mounted, hint, chip } = mount({ verdict: null, messaging: 'locked' });
    const icon = chip().querySelector('svg');
    mounted.update(props());
    fireEvent.click(chip());
    fireEvent.click(chip());
    expect(chip().querySelector('svg')).toBe(icon);
    mounted.update(props({ messaging: 'free' }));
    expect(chip().querySelector('svg')).not.toBe(icon);
    expect(hint.dataset.messaging).toBe('free');
    expect(chip().textContent).toBe('Free to message');
  });

  test('remove takes the hint out of the page', () => {
    const { mounted, topCard, chip } = mount();
    fireEvent.click(chip());
    mounted.remove();
    expect(topCard.querySelector(HINT_HOST_NAME)).toBeNull();
  });

  test('a hint left by a previous copy of LockLens makes way for the new one', () => {
    const { topCard } = mount();
    mountHint(topCard, props());
    expect(topCard.querySelectorAll(HINT_HOST_NAME)).toHaveLength(1);
  });
});
