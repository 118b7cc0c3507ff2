import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, MatrixOption, Participant, StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { blindProgress } from './blind-cells';
import { ScoreInput } from './ScoreInput';
import { CriteriaHeaderRow } from './CriteriaHeaderRow';

/**
 * One participant at a time scores alone: only the chosen person's scores are on screen; the others'
 * are never shown before the reveal (the room sees counts, not values).
 */
export function BlindScoring({ stage }: { stage: StageOf<'matrix'> }) {
  const { t } = useTranslation();
  const participants = useApp((s) => s.doc?.participants ?? []);
  const [chosen, setChosen] = useState<string | null>(null);
  const scorer = participants.find((p) => p.id === chosen) ?? null;
  const progress = blindProgress(stage);
  const cellCount = stage.options.length * stage.criteria.length;
  const mine = new Map(stage.blindScoring.scores.filter((s) => s.participantId === scorer?.id).map((s) => [`${s.optionId}:${s.criterionId}`, s.value]));

  if (participants.length === 0) return <p className="hint">{t('matrix.blind.noParticipants')}</p>;
  return (
    <div className="blind-scoring">
      <div className="board-toolbar">
        <label className="field inline">
          <span>{t('matrix.blind.scorer')}</span>
          <select value={chosen ?? ''} onChange={(e) => setChosen(e.target.value || null)}>
            <option value="">{t('matrix.blind.nobody')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.role ? `${p.name} · ${p.role}` : p.name}
              </option>
            ))}
          </select>
        </label>
        {scorer && (
          <button type="button" onClick={() => setChosen(null)}>
            {t('matrix.blind.done', { name: scorer.name })}
          </button>
        )}
      </div>
      <ul className="blind-progress" aria-label={t('matrix.blind.progress')}>
        {participants.map((p) => (
          <li key={p.id} className={progress.get(p.id) === cellCount ? 'complete' : ''}>
            {t('matrix.blind.progressOf', { name: p.name, count: progress.get(p.id) ?? 0, total: cellCount })}
          </li>
        ))}
      </ul>
      {!scorer ? (
        <p className="blind-hidden">{t('matrix.blind.hiddenUntilReveal')}</p>
      ) : (
        <div className="table-scroll">
          <table className="matrix-table score-grid blind-grid">
            <caption>{t('matrix.blind.gridCaption', { name: scorer.name })}</caption>
            <thead>
              <CriteriaHeaderRow criteria={stage.criteria} />
            </thead>
            <tbody>
              {stage.options.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  {stage.criteria.map((c) => (
                    <BlindCell key={c.id} stageId={stage.id} scorer={scorer} option={o} criterion={c} value={mine.get(`${o.id}:${c.id}`) ?? null} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

interface BlindCellProps {
  stageId: string;
  scorer: Participant;
  option: MatrixOption;
  criterion: Criterion;
  value: number | null;
}

/** One private score; memoised so that a change re-renders its own cell only. */
const BlindCell = memo(function BlindCell({ stageId, scorer, option: o, criterion: c, value }: BlindCellProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  return (
    <td className="score-cell">
      <ScoreInput
        showUnit={false}
        criterion={c}
        value={value}
        label={t('matrix.blind.scoreOf', { name: scorer.name, option: o.name, criterion: c.name })}
        onChange={(next) =>
          dispatch(
            { type: 'matrix/blind-score', stageId, participantId: scorer.id, optionId: o.id, criterionId: c.id, value: next },
            { coalesceKey: `blind:${scorer.id}:${o.id}:${c.id}` },
          )
        }
      />
    </td>
  );
});
