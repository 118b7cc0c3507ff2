import { useTranslation } from 'react-i18next';
import type { PairwiseWeights as PairwiseResult } from '../../../../shared/matrix';
import { describeJudgement, judgementOf, nearestSaatyValue, saatyValues } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { clip } from './charts/BarChart';
import { ConsistencyNotice } from './ConsistencyNotice';
import { formatPercent } from './format';

/** A judgement as a select value: "a5" (a strongly more important), "eq", "b3". */
export const judgementKey = (value: number) => {
  const v = nearestSaatyValue(value);
  return v === 1 ? 'eq' : v > 1 ? `a${Math.round(v)}` : `b${Math.round(1 / v)}`;
};
const keyValue = (key: string) => (key === 'eq' ? 1 : key.startsWith('a') ? Number(key.slice(1)) : 1 / Number(key.slice(1)));

/** Every pair of criteria on Saaty's 1–9 scale, the resulting weights, and the consistency check. */
export function PairwiseWeights({ stage, weights, result }: { stage: StageOf<'matrix'>; weights: number[]; result: PairwiseResult | null }) {
  const { t, i18n } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const criteria = stage.criteria;
  const pairs = criteria.flatMap((a, i) => criteria.slice(i + 1).map((b) => [a, b] as const));
  const optionText = (key: string, a: string, b: string) => {
    if (key === 'eq') return t('matrix.pairwise.equal');
    const intensity = Number(key.slice(1));
    return t('matrix.pairwise.favours', { name: clip(key.startsWith('a') ? a : b, 24), intensity, verbal: t(`matrix.saaty.${intensity}`) });
  };
  const keys = saatyValues.slice().reverse().map(judgementKey);

  return (
    <div className="pairwise-weights">
      <p className="hint">{t('matrix.pairwise.help')}</p>
      {result && <ConsistencyNotice stage={stage} result={result} />}
      <div className="pairwise-layout">
        <ol className="pair-list" aria-label={t('matrix.pairwise.pairs', { count: pairs.length })}>
          {pairs.map(([a, b]) => {
            const value = judgementOf(stage.weighting.pairwise, a.id, b.id);
            const { favours } = describeJudgement(value);
            return (
              <li key={`${a.id}:${b.id}`} className="pair-row">
                <span className={favours === 'a' ? 'pair-name favoured' : 'pair-name'}>{a.name}</span>
                <select
                  aria-label={t('matrix.pairwise.compare', { a: a.name, b: b.name })}
                  value={judgementKey(value)}
                  onChange={(e) => dispatch({ type: 'matrix/weight-pairwise', stageId: stage.id, a: a.id, b: b.id, value: keyValue(e.target.value) })}
                >
                  {keys.map((key) => (
                    <option key={key} value={key}>
                      {optionText(key, a.name, b.name)}
                    </option>
                  ))}
                </select>
                <span className={favours === 'b' ? 'pair-name favoured' : 'pair-name'}>{b.name}</span>
              </li>
            );
          })}
        </ol>
        <table className="matrix-table weights-table">
          <caption>{t('matrix.pairwise.resulting')}</caption>
          <tbody>
            {criteria.map((c, k) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>
                  <output aria-label={t('matrix.weights.shareOf', { name: c.name })}>{formatPercent(weights[k] ?? 0, i18n.language)}</output>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
