import { useId } from 'preact/hooks';
import { t } from '../../../i18n/index.ts';
import type { Recommendation, Side } from '../rules/recommend.ts';
import { Phrase } from '../shared/Phrase.tsx';

interface Props {
  /** Each user's name as a sentence should show them (see distinctNames). */
  names: Readonly<Record<Side, string>>;
  keep: Side | null;
  recommendation: Recommendation | null;
  disabled: boolean;
  onChoose: (side: Side) => void;
}

/** "Keep Zoë Lindqvist" / "Keep ZOE LINDQVIST": the agent chooses who survives; the app recommends one. */
export function SurvivorChoice({ names, keep, recommendation, disabled, onChoose }: Props) {
  const name = useId();
  const hint = useId();
  return (
    <fieldset class="merge-survivor" aria-describedby={recommendation ? hint : undefined}>
      <legend class="merge-survivor__legend">{t('merge.keepLegend')}</legend>
      {(['requester', 'other'] as const).map((side) => (
        <label key={side} class="merge-survivor__option" data-side={side}>
          <input type="radio" name={name} value={side} checked={keep === side} disabled={disabled} onChange={() => onChoose(side)} />
          <Phrase template={t('merge.keep')} values={{ name: names[side] }} />
        </label>
      ))}
      {recommendation && (
        <p id={hint} class="muted small" data-recommended={recommendation.keep}>
          <Phrase template={t('merge.recommended')} values={{ name: names[recommendation.keep], reason: t(`merge.why.${recommendation.reason}`) }} />
        </p>
      )}
    </fieldset>
  );
}
