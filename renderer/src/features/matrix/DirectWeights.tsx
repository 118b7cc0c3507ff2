import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { formatPercent } from './format';

/** Points per criterion (any numbers) with the share each gets once normalised to 100 %. */
export function DirectWeights({ stage, weights }: { stage: StageOf<'matrix'>; weights: number[] }) {
  const { t, i18n } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const setPoints = (criterionId: string, points: number) =>
    dispatch({ type: 'matrix/weight-points', stageId: stage.id, criterionId, points }, { coalesceKey: `points:${criterionId}` });
  const allZero = stage.criteria.every((c) => !(stage.weighting.direct[c.id] ?? 0));

  return (
    <div className="direct-weights">
      <p className="hint">{t('matrix.weights.directHelp')}</p>
      {allZero && <p className="hint">{t('matrix.weights.equalWhenEmpty')}</p>}
      <table className="matrix-table weights-table">
        <thead>
          <tr>
            <th scope="col">{t('matrix.criteria.title')}</th>
            <th scope="col">{t('matrix.weights.points')}</th>
            <th scope="col">{t('matrix.weights.share')}</th>
          </tr>
        </thead>
        <tbody>
          {stage.criteria.map((c, k) => {
            const points = stage.weighting.direct[c.id] ?? 0;
            const label = t('matrix.weights.pointsFor', { name: c.name });
            return (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>
                  <div className="points-cell">
                    <input type="range" min={0} max={100} step={1} value={Math.min(100, points)} aria-label={label} onChange={(e) => setPoints(c.id, Number(e.target.value))} />
                    <input
                      type="number"
                      min={0}
                      max={1000}
                      value={points}
                      aria-label={label}
                      onChange={(e) => e.target.value !== '' && setPoints(c.id, Number(e.target.value))}
                    />
                  </div>
                </td>
                <td className="share-cell">
                  <span className="share-bar" aria-hidden="true">
                    <span style={{ width: `${(weights[k] ?? 0) * 100}%` }} />
                  </span>
                  <output aria-label={t('matrix.weights.shareOf', { name: c.name })}>{formatPercent(weights[k] ?? 0, i18n.language)}</output>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
