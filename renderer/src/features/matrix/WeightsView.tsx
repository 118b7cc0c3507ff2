import { useTranslation } from 'react-i18next';
import type { PairwiseWeights as PairwiseResult } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { DirectWeights } from './DirectWeights';
import { PairwiseWeights } from './PairwiseWeights';

const modes = ['direct', 'pairwise'] as const;

/** How much each criterion counts: points given directly, or pairwise comparison (AHP). */
export function WeightsView({ stage, weights, pairwise }: { stage: StageOf<'matrix'>; weights: number[]; pairwise: PairwiseResult | null }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  if (stage.criteria.length === 0) return <p className="empty">{t('matrix.weights.noCriteria')}</p>;
  return (
    <section className="matrix-section" aria-labelledby="matrix-weights-heading">
      <h2 id="matrix-weights-heading">{t('matrix.weights.title')}</h2>
      <fieldset className="mode-choice">
        <legend>{t('matrix.weights.mode')}</legend>
        {modes.map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name={`weighting-${stage.id}`}
              checked={stage.weighting.mode === mode}
              onChange={() => dispatch({ type: 'matrix/weighting-mode', stageId: stage.id, mode })}
            />
            <span>
              {t(`matrix.weights.modes.${mode}`)}
              <small>{t(`matrix.weights.modes.${mode}Help`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      {stage.weighting.mode === 'direct' ? (
        <DirectWeights stage={stage} weights={weights} />
      ) : (
        <PairwiseWeights stage={stage} weights={weights} result={pairwise} />
      )}
    </section>
  );
}
