/**
 * The content script's small stand-in for Preact (lib/content/small-preact.ts) against the real
 * thing: the same markup for the hint's panel and the composer's, and the behaviour the panel
 * relies on (state, events, kept focus and typed text, controlled selects, unmounting).
 * `preact` is mocked to the small module, as the content script's build aliases it; the real
 * Preact renders the same components for comparison.
 */
import type * as PreactModule from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('preact', async () => ({
  ...(await vi.importActual<object>('../../lib/content/small-preact')),
  // Preact's own JSX runtime (used by the components in tests) reads its hooks from here.
  options: {},
}));

const real = await vi.importActual<typeof PreactModule>('preact');
const small = await import('../../lib/content/small-preact');
const { ComposerPanel } = await import('../../components/composer/composer-panel');
const { HintPanel } = await import('../../components/hint/hint-panel');
const { SaveForm } = await import('../../components/hint/save-form');
const { evaluate } = await import('../../lib/evaluator/evaluate');
const { hintPropsFor } = await import('../helpers/hint-props');
const { signalsFrom } = await import('../helpers/signals');

const NOW = Date.UTC(2026, 10, 21);
const LOCKED = evaluate(signalsFrom({ degree: '3rd', connect: 'more-menu', activity: true }), { plan: 'free' });
const FREE = evaluate(signalsFrom({ degree: '1st', messageAction: true }), { plan: 'free' });

function both(vnode: () => unknown): { real: string; small: string } {
  const a = document.createElement('div');
  const b = document.createElement('div');
  real.render(vnode() as PreactModule.VNode, a);
  small.render(vnode(), b);
  return { real: a.innerHTML, small: b.innerHTML };
}

afterEach(() => document.body.replaceChildren());

describe('the same markup as Preact', () => {
  test.each([
    ['a locked verdict', LOCKED],
    ['a free verdict', FREE],
    ['no verdict yet', null],
  ])('the hint panel with %s', (_, verdict) => {
    const props = hintPropsFor(verdict, {
      lastContact: { kind: 'invite', at: NOW - 9 * 86_400_000 },
      saved: { savedAt: NOW - 86_400_000, changes: [{ key: 'change.now-first-degree' }] },
      now: NOW,
    });
    const { real: expected, small: got } = both(() => real.h(HintPanel, { ...props, onClose: () => {} }));
    expect(got).toBe(expected);
    expect(got).toContain('ll-panel');
  });

  test('the save form, and the composer panel with and without findings', () => {
    const save = both(() =>
      real.h(SaveForm, { step: null, now: NOW, onSave: async () => 'saved' as const, onClose: () => {} }),
    );
    expect(save.small).toBe(save.real);
    const findings = [
      {
        id: 'generic-opener',
        severity: 'warning',
        reason: { key: 'composer.generic-opener.reason' },
        suggestion: { key: 'composer.generic-opener.suggestion' },
      },
    ];
    for (const [list, paceLine] of [
      [findings, null],
      [[], 'You sent 38 of 40 messages today'],
      [[], null],
    ] as const) {
      const panel = both(() => real.h(ComposerPanel, { findings: list as never, paceLine, onHide: () => {} }));
      expect(panel.small).toBe(panel.real);
    }
  });

  test('elements, text, fragments, arrays, conditionals, booleans and SVG', () => {
    const tree = () =>
      real.h(
        'div',
        { class: 'a', id: 'x', 'aria-hidden': false, 'data-on': true, hidden: false },
        'text ',
        0,
        null,
        false,
        [real.h('b', { key: 1 }, 'one'), real.h(real.Fragment, null, real.h('i', null, 'two'), 'three')],
        real.h('svg', { viewBox: '0 0 1 1' }, real.h('path', { d: 'M0 0' })),
        real.h('details', { open: true }, real.h('summary', null, 's')),
        real.h('label', { htmlFor: 'f', className: 'c' }, 'l'),
      );
    const { real: expected, small: got } = both(tree);
    expect(got).toBe(expected);
  });
});

describe('behaviour the panels rely on', () => {
  class Counter extends small.Component<{ label: string }, { count: number }> {
    override state = { count: 0 };
    override render({ label }: { label: string }, { count }: { count: number }) {
      return small.h(
        'form',
        null,
        small.h('textarea', { name: 'note' }),
        small.h('button', { type: 'button', onClick: () => this.setState({ count: count + 1 }) }, `${label} ${count}`),
        count > 0 && small.h('p', { role: 'status' }, 'clicked'),
        small.h(
          'select',
          { name: 'when', value: String(count) },
          small.h('option', { value: '0' }, 'zero'),
          small.h('option', { value: '1' }, 'one'),
        ),
      );
    }
  }

  test('state changes re-render in place: the same nodes, the focus and the typed text kept', () => {
    const container = document.createElement('div');
    document.body.append(container);
    small.render(small.h(Counter, { label: 'Clicked' }), container);
    const button = container.querySelector('button') as HTMLButtonElement;
    const textarea = container.querySelector('textarea') as HTMLTextAreaElement;
    const select = container.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('0');
    textarea.value = 'typed by the user';
    button.focus();
    button.click();
    expect(container.querySelector('button')).toBe(button);
    expect(container.querySelector('textarea')).toBe(textarea);
    expect(button.textContent).toBe('Clicked 1');
    expect(textarea.value).toBe('typed by the user');
    expect(document.activeElement).toBe(button);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('clicked');
    expect(select.value).toBe('1');
  });

  test('new props reach kept instances; the latest handler is the one called', () => {
    const container = document.createElement('div');
    const calls: string[] = [];
    const view = (name: string) =>
      small.h('div', null, small.h(Counter, { label: name }), small.h('a', { onClick: () => calls.push(name) }, name));
    small.render(view('first'), container);
    (container.querySelector('button') as HTMLButtonElement).click();
    small.render(view('second'), container);
    expect(container.querySelector('button')?.textContent).toBe('second 1');
    (container.querySelector('a') as HTMLAnchorElement).click();
    expect(calls).toEqual(['second']);
  });

  test('rendering null unmounts: a later render starts with fresh state', () => {
    const container = document.createElement('div');
    small.render(small.h(Counter, { label: 'c' }), container);
    (container.querySelector('button') as HTMLButtonElement).click();
    small.render(null, container);
    expect(container.childNodes.length).toBe(0);
    small.render(small.h(Counter, { label: 'c' }), container);
    expect(container.querySelector('button')?.textContent).toBe('c 0');
  });

  test('siblings that change places: the output is right, and the nodes are kept by name', () => {
    const container = document.createElement('div');
    small.render(small.h('div', null, small.h('p', null, 'a'), small.h('span', null, 'b')), container);
    const span = container.querySelector('span');
    small.render(small.h('div', null, small.h('span', null, 'a'), small.h('p', null, 'b'), 'c'), container);
    expect(container.innerHTML).toBe('<div><span>a</span><p>b</p>c</div>');
    expect(container.querySelector('span')).toBe(span);
    small.render(small.h('div', null, small.h('em', null, 'x')), container);
    expect(container.innerHTML).toBe('<div><em>x</em></div>');
  });
});
