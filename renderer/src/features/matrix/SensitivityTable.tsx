import { useTranslation } from 'react-i18next';
import type { MatrixEvaluation } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';
import { formatPercent, formatPoints } from './format';

/**
 * For each criterion: how many percentage points its weight must rise or fall (the others rescaled
 * in proportion) before the winner changes, and who would win then; "robust" when no change does.
 */
export function SensitivityTable({ stage, evaluation }: { stage: StageOf<'matrix'>; evaluation: MatrixEvaluation }) {
  const { t, i18n } = useTranslation();
  const name = (id: string | null) => stage.options.find((o) => o.id === id)?.name ?? '';
  const lang = i18n.language;
  if (evaluation.ranking.length < 2) return <p className="hint">{t('matrix.sensitivity.needTwo')}</p>;
  const winner = name(evaluation.ranking[0]!.optionId);
  const robustAll = evaluation.sensitivity.every((s) => s.up === null && s.down === null);
  const cell = (delta: number | null, sign: '+' | '−', weight: number, who: string | null) => {
    if (delta === null) return <span className="robust">{t('matrix.sensitivity.robust')}</span>;
    if (delta < 0.0005) return <span className="fragile">{t('matrix.sensitivity.tied', { option: name(who) })}</span>;
    const to = sign === '+' ? weight + delta : weight - delta;
    return (
      <span className={delta < 0.05 ? 'fragile' : 'flips'}>
        {t('matrix.sensitivity.flips', { delta: `${sign}${formatPoints(delta, lang)}`, to: formatPercent(to, lang), option: name(who) })}
      </span>
    );
  };

  return (
    <section aria-labelledby="sensitivity-heading" className="sensitivity">
      <h3 id="sensitivity-heading">{t('matrix.sensitivity.title')}</h3>
      <p className="hint">{t('matrix.sensitivity.help', { option: winner })}</p>
      {robustAll && <p className="robust-all">{t('matrix.sensitivity.robustAll', { option: winner })}</p>}
      <table className="matrix-table sensitivity-table">
        <thead>
          <tr>
            <th scope="col">{t('matrix.criteria.title')}</th>
            <th scope="col">{t('matrix.sensitivity.weight')}</th>
            <th scope="col">{t('matrix.sensitivity.up')}</th>
            <th scope="col">{t('matrix.sensitivity.down')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.sensitivity.map((s, k) => {
            const criterion = stage.criteria[k];
            const weight = evaluation.weights[k] ?? 0;
            return (
              <tr key={s.criterionId}>
                <th scope="row">{criterion?.name}</th>
                <td>{formatPercent(weight, lang)}</td>
                <td>{cell(s.up, '+', weight, s.upWinner)}</td>
                <td>{cell(s.down, '−', weight, s.downWinner)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
