/**
 * The hint's chip ("Message locked · why?"), built with plain DOM: it is all a profile view shows
 * until the user opens it, and building it costs a fraction of Preact's first (cold) render on a
 * fresh page. Same markup as before the split: `.ll-chip`, the icon, the state, "· why?", and a
 * dot (with a screen-reader text) when there is news about this person.
 */
import { VERDICT_ICON_PATHS } from '../../components/icon-paths';
import type { Messaging } from '../evaluator/types';
import { formatKey } from '../messages/format';

const SVG = 'http://www.w3.org/2000/svg';

export interface ChipState {
  messaging: Messaging;
  /** Something changed since the user saved this person, or they contacted them before. */
  hasNews: boolean;
}

function span(className: string, text = ''): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** The verdict's icon (a check, a lock, a question mark), coloured by the host's CSS. */
export function verdictIcon(messaging: Messaging): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'll-icon');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', VERDICT_ICON_PATHS[messaging]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** Fills `chip` (a button) for `state`, replacing what it showed. */
export function paintChip(chip: HTMLButtonElement, { messaging, hasNews }: ChipState): void {
  const parts: Node[] = [verdictIcon(messaging), span('ll-chip-text', formatKey(`messaging.${messaging}`))];
  if (messaging !== 'free') parts.push(span('ll-chip-why', ` · ${formatKey('ui.why')}`));
  if (hasNews) {
    const dot = span('ll-chip-dot');
    dot.setAttribute('aria-hidden', 'true');
    parts.push(dot, span('ll-sr', formatKey('ui.has-news')));
  }
  chip.replaceChildren(...parts);
}
