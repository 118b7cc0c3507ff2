import { useTranslation } from 'react-i18next';
import type { KnockoutFailure, MatrixEvaluation } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';
import { formatScore, formatTotal } from './format';

/** The ranking by weighted total (0–100), and the options a knock-out excluded, each with why. */
export function RankingTable({ stage, evaluation }: { stage: StageOf<'matrix'>; evaluation: MatrixEvaluation }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const option = (id: string) => stage.options.find((o) => o.id === id);
  const criterion = (id: string) => stage.criteria.find((c) => c.id === id);
  const reason = (f: KnockoutFailure) => {
    const c = criterion(f.criterionId);
    const unit = c?.unit ? ` ${c.unit}` : '';
    return t(`matrix.results.knockout.${f.reason}`, {
      criterion: c?.name ?? '',
      value: f.value === null ? '' : `${formatScore(f.value, lang)}${unit}`,
      threshold: `${formatScore(f.threshold, lang)}${unit}`,
    });
  };

  return (
    <section aria-labelledby="ranking-heading" className="ranking">
      <h3 id="ranking-heading">{t('matrix.results.ranking')}</h3>
      {evaluation.ranking.length === 0 ? (
        <p className="empty">{t('matrix.results.noneRanked')}</p>
      ) : (
        <table className="matrix-table ranking-table">
          <thead>
            <tr>
              <th scope="col">{t('matrix.results.rank')}</th>
              <th scope="col">{t('matrix.options.title')}</th>
              <th scope="col">{t('matrix.results.total')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.ranking.map((r) => (
              <tr key={r.optionId} className={r.rank === 1 ? 'winner' : ''}>
                <td className="rank">{r.tiedWithPrevious ? t('matrix.results.tied', { rank: r.rank }) : r.rank}</td>
                <th scope="row">
                  {option(r.optionId)?.name}
                  {r.missing > 0 && <small className="missing">{t('matrix.results.missing', { count: r.missing })}</small>}
                </th>
                <td className="total">{formatTotal(r.total, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {evaluation.excluded.length > 0 && (
        <>
          <h4>{t('matrix.results.excluded')}</h4>
          <ul className="excluded-list">
            {evaluation.excluded.map((e) => (
              <li key={e.optionId}>
                <strong>{option(e.optionId)?.name}</strong>
                <span className="knocked-out">{t('matrix.results.knockedOut')}</span>
                <ul>
                  {e.failures.map((f) => (
                    <li key={f.criterionId}>{reason(f)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
