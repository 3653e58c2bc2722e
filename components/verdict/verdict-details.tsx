/**
 * The explanation of a verdict: the most likely cause in one sentence, what it rests on, how
 * well that is sourced, and the next steps cheapest first, each with how well what it says is
 * sourced. Shared by the hint and the popup.
 * Every string is rendered as text: nothing from the page can become markup.
 */
import type { Cause, NextStep, StepId, Verdict } from '../../lib/evaluator/types';
import { asSentence, formatKey, formatMessage } from '../../lib/messages/format';

export interface StepControl {
  label: string;
  onActivate: () => void;
}

interface Props {
  verdict: Verdict;
  /** A button beside a step that points at LinkedIn's own control (focus or scroll only). */
  controlFor?: (step: StepId) => StepControl | null;
  headingLevel?: 2 | 3;
}

function CauseLine({ cause }: { cause: Cause }) {
  return (
    <>
      <p class="ll-cause">{formatKey(`cause.${cause.id}`)}</p>
      <p class="ll-evidence">{asSentence(cause.evidence.map((e) => formatMessage(e)).join('; '))}</p>
      <p class="ll-source" data-source={cause.source}>
        {formatKey(`source.${cause.source}`)}
        {cause.basis && ` · ${formatMessage(cause.basis)}`}
      </p>
    </>
  );
}

function StepItem({ step, control }: { step: NextStep; control: StepControl | null }) {
  return (
    <li class="ll-step" data-step={step.id} data-cost={step.cost}>
      <span class="ll-step-title">
        {formatKey(`step.${step.id}`)}
        {step.cost !== 'free' && <span class="ll-step-cost"> · {formatKey(`ui.cost.${step.cost}`)}</span>}
      </span>
      <span class="ll-step-why">
        {formatMessage(step.why)}{' '}
        <span class="ll-source-inline" data-source={step.source}>
          ({formatKey(`source.${step.source}`)})
        </span>
      </span>
      {control && (
        <button type="button" class="ll-link" onClick={control.onActivate}>
          {control.label}
        </button>
      )}
    </li>
  );
}

export function VerdictDetails({ verdict, controlFor, headingLevel = 3 }: Props) {
  const [top, ...others] = verdict.causes;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="ll-details">
      {top && <CauseLine cause={top} />}
      {others.length > 0 && (
        <details class="ll-others">
          <summary>{formatMessage({ key: 'ui.other-reasons', params: { count: others.length } })}</summary>
          <ul>
            {others.map((cause) => (
              <li key={cause.id} data-cause={cause.id}>
                {formatKey(`cause.${cause.id}`)}{' '}
                <span class="ll-source-inline">({formatKey(`source.${cause.source}`)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <Heading class="ll-steps-heading">{formatKey('ui.next-steps')}</Heading>
      <ol class="ll-steps">
        {verdict.nextSteps.map((step) => (
          <StepItem key={step.id} step={step} control={controlFor?.(step.id) ?? null} />
        ))}
      </ol>
    </div>
  );
}
