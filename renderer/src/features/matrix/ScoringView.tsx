import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { BlindRoundBar } from './BlindRoundBar';
import { BlindScoring } from './BlindScoring';
import { DisagreementView } from './DisagreementView';
import { ScoreGrid } from './ScoreGrid';

/** Scoring: the agreed grid, or a blind round (scoring alone, then the reveal and the heat map). */
export function ScoringView({ stage }: { stage: StageOf<'matrix'> }) {
  const { t } = useTranslation();
  const { active, revealed, scores } = stage.blindScoring;
  if (stage.options.length === 0 || stage.criteria.length === 0) return <p className="empty">{t('matrix.scoring.needItems')}</p>;
  return (
    <section className="matrix-section" aria-labelledby="matrix-scoring-heading">
      <h2 id="matrix-scoring-heading">{t('matrix.scoring.title')}</h2>
      <BlindRoundBar stage={stage} />
      {active && !revealed && <BlindScoring stage={stage} />}
      {active && revealed && <DisagreementView stage={stage} />}
      {!active && (
        <>
          <ScoreGrid stage={stage} />
          {revealed && scores.length > 0 && (
            <details className="last-round">
              <summary>{t('matrix.blind.lastRound')}</summary>
              <DisagreementView stage={stage} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
