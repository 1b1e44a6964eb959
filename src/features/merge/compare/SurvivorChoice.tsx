import { useId } from 'preact/hooks';
import { t } from '../../../i18n/index.ts';
import type { RecommendationReason } from '../rules/recommend.ts';
import { Phrase } from '../../../ui/text/Phrase.tsx';

export interface SurvivorOption {
  key: string;
  /** The user's name as a sentence should show it (see distinctNames). */
  name: string;
}

interface Props {
  options: readonly SurvivorOption[];
  keep: string | null;
  recommended: { key: string; reason: RecommendationReason } | null;
  disabled: boolean;
  onChoose: (key: string) => void;
}

/** "Keep Zoë Lindqvist" / "Keep ZOE LINDQVIST": the agent chooses who survives; the app recommends one. */
export function SurvivorChoice({ options, keep, recommended, disabled, onChoose }: Props) {
  const name = useId();
  const hint = useId();
  const legend = useId();
  const recommendedName = options.find((option) => option.key === recommended?.key)?.name;
  return (
    <div class="merge-survivor" role="radiogroup" aria-labelledby={legend} aria-describedby={recommended ? hint : undefined}>
      <p id={legend} class="merge-survivor__legend">{t('merge.keepLegend')}</p>
      {options.map((option) => (
        <label key={option.key} class="merge-survivor__option" data-side={option.key}>
          <input type="radio" name={name} value={option.key} checked={keep === option.key} disabled={disabled} onChange={() => onChoose(option.key)} />
          {/* One flex item: "Keep" and the name flow as one line of text instead of shrinking apart. */}
          <span class="merge-survivor__text"><Phrase template={t('merge.keep')} values={{ name: option.name }} /></span>
        </label>
      ))}
      {recommended && recommendedName !== undefined && (
        <p id={hint} class="muted small" data-recommended={recommended.key}>
          <Phrase template={t('merge.recommended')} values={{ name: recommendedName, reason: t(`merge.why.${recommended.reason}`) }} />
        </p>
      )}
    </div>
  );
}
