/**
 * Every limit the pace tracker uses, with its default for the user's plan, where that number
 * comes from (its claim's level and source: lib/evaluator/claims.ts), and the user's own override
 * (validated; cleared to return to the default).
 */
import { basisOf } from '../../lib/evaluator/claims';
import { formatKey, formatMessage } from '../../lib/messages/format';
import { effectiveLimit } from '../../lib/pace/limits';
import { LIMIT_IDS } from '../../lib/pace/types';
import { LIMIT_RANGES, type Settings } from '../../lib/settings/schema';
import { NumberField } from './number-field';

export function LimitsSection({ settings, save }: { settings: Settings; save: (change: Partial<Settings>) => void }) {
  return (
    <fieldset>
      <legend>{formatKey('ui.options.limits')}</legend>
      <p class="ll-muted">{formatKey('ui.options.limits-intro')}</p>
      {LIMIT_IDS.map((id) => {
        const fallback = effectiveLimit(id, settings.plan);
        const sourceKey = fallback.source === 'user' ? 'ui.pace.source-user' : `source.${fallback.source}`;
        const basis = fallback.claim ? basisOf(fallback.claim) : undefined;
        const source = [formatKey(sourceKey), basis && formatMessage(basis)].filter(Boolean).join(' · ');
        const hint = [
          fallback.value === null
            ? formatMessage({ key: 'ui.options.no-default', params: { source } })
            : formatMessage({ key: 'ui.options.default', params: { value: fallback.value, source } }),
          id === 'inmail-credits-per-month' && formatKey('ui.limit-note.inmail-credits-per-month'),
        ]
          .filter(Boolean)
          .join(' ');
        return (
          <NumberField
            key={id}
            id={`limit-${id}`}
            label={formatKey(`ui.limit.${id}`)}
            hint={hint}
            value={settings.limits[id] ?? null}
            min={LIMIT_RANGES[id].min}
            max={LIMIT_RANGES[id].max}
            allowEmpty
            placeholder={fallback.value === null ? '' : String(fallback.value)}
            onSave={(value) => {
              const limits = { ...settings.limits };
              if (value === null) delete limits[id];
              else limits[id] = value;
              save({ limits });
            }}
          />
        );
      })}
    </fieldset>
  );
}
