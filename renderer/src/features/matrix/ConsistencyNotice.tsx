import { useTranslation } from 'react-i18next';
import type { PairwiseWeights } from '../../../../shared/matrix';
import { acceptableCr, describeJudgement } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { numberFormat } from '../../app/number-format';

/** CR with Saaty's 0.10 rule; above it, the judgement to revisit and the value that mends it most. */
export function ConsistencyNotice({ stage, result }: { stage: StageOf<'matrix'>; result: PairwiseWeights }) {
  const { t, i18n } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const n = stage.criteria.length;
  const cr = numberFormat(i18n.language, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(result.cr);
  const name = (id: string) => stage.criteria.find((c) => c.id === id)?.name ?? '';
  const say = (a: string, b: string, value: number) => {
    const { intensity, favours } = describeJudgement(value);
    if (favours === 'equal') return t('matrix.pairwise.sayEqual', { a, b });
    return t('matrix.pairwise.say', { more: favours === 'a' ? a : b, less: favours === 'a' ? b : a, intensity });
  };

  if (n < 3) return <p className="consistency ok" role="status">{t('matrix.pairwise.alwaysConsistent')}</p>;
  if (result.acceptable) {
    return (
      <p className="consistency ok" role="status">
        {t('matrix.pairwise.crOk', { cr, limit: acceptableCr.toFixed(2) })}
      </p>
    );
  }
  const pair = result.inconsistent;
  const a = pair ? name(pair.a) : '';
  const b = pair ? name(pair.b) : '';
  const better = pair && Math.abs(pair.suggested - pair.judged) > 1e-9;
  return (
    <div className="consistency warning" role="status">
      <p>
        <strong>{t('matrix.pairwise.crHigh', { cr, limit: acceptableCr.toFixed(2) })}</strong>
      </p>
      {pair && (
        <p>
          {t('matrix.pairwise.worstPair', { a, b, judged: say(a, b, pair.judged), implied: say(a, b, pair.implied) })}
        </p>
      )}
      {pair && better && (
        <p className="suggestion">
          {t('matrix.pairwise.suggest', {
            value: say(a, b, pair.suggested),
            cr: numberFormat(i18n.language, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(pair.suggestedCr),
          })}{' '}
          <button type="button" onClick={() => dispatch({ type: 'matrix/weight-pairwise', stageId: stage.id, a: pair.a, b: pair.b, value: pair.suggested })}>
            {t('matrix.pairwise.apply')}
          </button>
        </p>
      )}
    </div>
  );
}
