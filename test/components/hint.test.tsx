import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Hint, type HintProps } from '../../components/hint/hint';
import { evaluate } from '../../lib/evaluator/evaluate';
import { signalsFrom } from '../helpers/signals';

function props(overrides: Partial<HintProps> = {}): HintProps {
  const base: HintProps = {
    messaging: 'locked',
    verdict: evaluate(signalsFrom({ degree: '3rd', connect: 'more-menu', activity: true }), { plan: 'free' }),
    theme: null,
    hasControl: () => true,
    showControl: vi.fn(),
    onDismiss: vi.fn(),
    lastContact: null,
    saved: null,
    onSave: vi.fn(async () => 'saved' as const),
    now: Date.UTC(2026, 10, 21),
  };
  const merged = { ...base, ...overrides } as HintProps;
  // The chip's state comes from the page; tests that give a verdict mean the same state.
  return { ...merged, messaging: overrides.messaging ?? merged.verdict?.messaging ?? 'unknown' };
}

describe('Hint', () => {
  afterEach(cleanup);

  test('is a chip that says the state and opens a labelled panel', () => {
    render(<Hint {...props()} />);
    const chip = screen.getByRole('button', { name: /Message locked · why\?/ });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('region', { name: 'LockLens: Message locked. Why?' });
    expect(panel.textContent).toContain('You are not connected');
    expect(panel.textContent).toContain("LinkedIn's own rule");
    expect([...panel.querySelectorAll('.ll-step')].map((li) => li.getAttribute('data-step'))[0]).toBe(
      'connect-from-more-menu',
    );
  });

  test('Escape closes the panel and returns focus to the chip', () => {
    render(<Hint {...props()} />);
    const chip = screen.getByRole('button', { name: /Message locked/ });
    fireEvent.click(chip);
    fireEvent.keyDown(screen.getByRole('region'), { key: 'Escape' });
    expect(screen.queryByRole('region')).toBeNull();
    expect(document.activeElement).toBe(chip);
  });

  test('points at LinkedIn’s own controls, only those on the page, and never clicks them', () => {
    const showControl = vi.fn();
    render(<Hint {...props({ showControl, hasControl: (control) => control === 'more' })} />);
    fireEvent.click(screen.getByRole('button', { name: /Message locked/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the More menu' }));
    expect(showControl).toHaveBeenCalledWith('more');
    expect(screen.queryByRole('button', { name: 'Show their posts' })).toBeNull();
  });

  test('can be hidden on this profile', () => {
    const onDismiss = vi.fn();
    render(<Hint {...props({ onDismiss })} />);
    fireEvent.click(screen.getByRole('button', { name: /Message locked/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide on this profile' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  test('a free profile says so without "why?"', () => {
    render(
      <Hint {...props({ verdict: evaluate(signalsFrom({ degree: '1st', connect: 'none' }), { plan: 'free' }) })} />,
    );
    expect(screen.getByRole('button').textContent).toBe('Free to message');
  });

  test('follows LinkedIn’s theme when the page says it', () => {
    const { container } = render(<Hint {...props({ theme: 'dark' })} />);
    expect(container.querySelector('.ll-hint')?.getAttribute('data-theme')).toBe('dark');
  });
});
