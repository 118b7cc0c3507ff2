import { useTranslation } from 'react-i18next';
import type { Disagreement } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { blindCells } from './blind-cells';
import { formatScore } from './format';
import { ScoreInput } from './ScoreInput';
import { CriteriaHeaderRow } from './CriteriaHeaderRow';

const levels: Disagreement[] = ['low', 'medium', 'high'];

/**
 * After the reveal: per cell the mean, the median and the spread (max − min), coloured by how far
 * apart the room is, with who gave what; the facilitator sets the agreed score cell by cell, or
 * takes the median wherever the room already agrees.
 */
export function DisagreementView({ stage }: { stage: StageOf<'matrix'> }) {
  const { t, i18n } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const participants = useApp((s) => s.doc?.participants ?? []);
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const cells = blindCells(stage, participants.map((p) => p.id));
  const agreed = new Map(stage.scores.map((s) => [`${s.optionId}:${s.criterionId}`, s.value]));
  const n = (v: number) => formatScore(v, i18n.language);
  const settled = [...cells.values()].filter((c) => c.stats && (c.stats.disagreement === 'low' || c.stats.disagreement === 'none'));
  const high = [...cells.values()].filter((c) => c.stats?.disagreement === 'high').length;

  return (
    <section className="disagreement" aria-labelledby="disagreement-heading">
      <h3 id="disagreement-heading">{t('matrix.disagreement.title')}</h3>
      <p className="hint">{t('matrix.disagreement.help')}</p>
      <div className="board-toolbar">
        <ul className="heat-legend" aria-label={t('matrix.disagreement.legend')}>
          {levels.map((level) => (
            <li key={level} className={`heat-${level}`}>
              {t(`matrix.disagreement.level.${level}`)}
            </li>
          ))}
        </ul>
        <span role="status">{t('matrix.disagreement.highCount', { count: high })}</span>
        <button
          type="button"
          disabled={settled.length === 0}
          onClick={() =>
            dispatch({ type: 'matrix/agree', stageId: stage.id, cells: settled.map((c) => ({ optionId: c.optionId, criterionId: c.criterionId, value: c.stats!.median })) })
          }
        >
          {t('matrix.disagreement.takeMedians', { count: settled.length })}
        </button>
      </div>
      <div className="table-scroll">
        <table className="matrix-table heat-map">
          <caption className="visually-hidden">{t('matrix.disagreement.title')}</caption>
          <thead>
            <CriteriaHeaderRow criteria={stage.criteria} />
          </thead>
          <tbody>
            {stage.options.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                {stage.criteria.map((c) => {
                  const cell = cells.get(`${o.id}:${c.id}`);
                  const stats = cell?.stats ?? null;
                  const level = stats?.disagreement ?? 'none';
                  return (
                    <td key={c.id} className={`heat-cell heat-${level}`}>
                      {stats ? (
                        <>
                          <p className="heat-level">{t(`matrix.disagreement.level.${level}`)}</p>
                          <p className="heat-stats">
                            {t('matrix.disagreement.stats', { mean: n(stats.mean), median: n(stats.median), spread: n(stats.spread) })}
                          </p>
                          <p className="heat-scores">
                            {cell!.scores.map((s) => `${names.get(s.participantId) ?? '?'} ${n(s.value)}`).join(' · ')}
                          </p>
                        </>
                      ) : (
                        <p className="heat-level">{t('matrix.disagreement.noScores')}</p>
                      )}
                      <label className="agreed">
                        <span>{t('matrix.disagreement.agreed')}</span>
                        <ScoreInput
                          showUnit={false}
                          criterion={c}
                          value={agreed.get(`${o.id}:${c.id}`) ?? null}
                          label={t('matrix.disagreement.agreedOf', { option: o.name, criterion: c.name })}
                          onChange={(value) =>
                            value === null
                              ? dispatch({ type: 'matrix/cell-edit', stageId: stage.id, optionId: o.id, criterionId: c.id, patch: { value } })
                              : dispatch({ type: 'matrix/agree', stageId: stage.id, cells: [{ optionId: o.id, criterionId: c.id, value }] }, { coalesceKey: `agree:${o.id}:${c.id}` })
                          }
                        />
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
