import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { NumberField } from '../../components/options/number-field';

afterEach(cleanup);

const field = (onSave = vi.fn(), value: number | null = null) =>
  render(<NumberField id="limit" label="Invitations" value={value} min={1} max={500} allowEmpty onSave={onSave} />);

test('saves only whole numbers in range; anything else explains itself and saves nothing', () => {
  const onSave = vi.fn();
  field(onSave);
  const input = screen.getByLabelText('Invitations');
  for (const bad of ['9000', '0', '-3', '4.5', 'ten', '1e3']) {
    fireEvent.input(input, { target: { value: bad } });
    expect(screen.getByRole('alert').textContent).toMatch(/whole number from 1 to 500/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  }
  expect(onSave).not.toHaveBeenCalled();
  fireEvent.input(input, { target: { value: '42' } });
  expect(onSave).toHaveBeenLastCalledWith(42);
  expect(screen.queryByRole('alert')).toBeNull();
  fireEvent.input(input, { target: { value: '' } });
  expect(onSave).toHaveBeenLastCalledWith(null);
});

test('what the user typed survives the first render, and a change from elsewhere replaces it', async () => {
  const { rerender } = field(vi.fn(), null);
  const input = screen.getByLabelText('Invitations') as HTMLInputElement;
  fireEvent.input(input, { target: { value: '9000' } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(input.value).toBe('9000');
  rerender(<NumberField id="limit" label="Invitations" value={77} min={1} max={500} allowEmpty onSave={vi.fn()} />);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(input.value).toBe('77');
});
