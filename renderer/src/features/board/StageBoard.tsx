import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { ActionsBoard } from '../actions/ActionsBoard';
import { CardsBoard } from '../cards/CardsBoard';
import { MatrixBoard } from '../matrix/MatrixBoard';
import { NotesBoard } from '../notes/NotesBoard';
import { RisksBoard } from '../risks/RisksBoard';
import { ScorecardBoard } from '../scorecard/ScorecardBoard';
import { PlannedBoard } from './PlannedBoard';

/** The current stage: its goal and prompts for the room, its timebox, and its board. */
export function StageBoard({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  return (
    <section className="stage" aria-labelledby="stage-heading">
      <header className="stage-header">
        <div>
          <p className="stage-kind">{t(`boardKinds.${stage.kind}`)}</p>
          <h1 id="stage-heading">{stage.title}</h1>
          {stage.goal && <p className="stage-goal">{stage.goal}</p>}
        </div>
        <label className="field timebox">
          <span>{t('agenda.timebox')}</span>
          <input
            type="number"
            min={0}
            max={1440}
            value={stage.timeboxMinutes}
            onChange={(e) =>
              dispatch({ type: 'stage/set-timebox', stageId: stage.id, minutes: Number(e.target.value) || 0 }, { coalesceKey: `timebox:${stage.id}` })
            }
          />
        </label>
      </header>
      {stage.prompts.length > 0 && (
        <aside className="prompts" aria-label={t('stage.prompts')}>
          <h2>{t('stage.prompts')}</h2>
          <ul>
            {stage.prompts.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
          {stage.example && (
            <details className="stage-example">
              <summary>{t('samples.example')}</summary>
              <p>{stage.example}</p>
            </details>
          )}
        </aside>
      )}
      {stage.kind === 'cards' ? <CardsBoard stage={stage} /> : stage.kind === 'notes' ? <NotesBoard stage={stage} /> : stage.kind === 'matrix' ? <MatrixBoard stage={stage} /> : stage.kind === 'scorecard' ? <ScorecardBoard stage={stage} /> : stage.kind === 'actions' ? <ActionsBoard stage={stage} /> : stage.kind === 'risks' ? <RisksBoard stage={stage} /> : <PlannedBoard stage={stage} />}
    </section>
  );
}
