import { useTranslation } from 'react-i18next';
import { timerView } from '../../../../shared/facilitation/timer';
import type { Language, Stage } from '../../../../shared/model/workshop';
import { TimerClock } from '../timer/TimerClock';
import { useNow } from '../timer/use-now';
import { PresenterActions } from './PresenterActions';
import { PresenterCards } from './PresenterCards';
import { PresenterList } from './PresenterList';
import { PresenterNotes } from './PresenterNotes';
import { PresenterMatrix } from './PresenterMatrix';
import { PresenterRisks } from './PresenterRisks';
import { PresenterScorecard } from './PresenterScorecard';
import type { ListedStage } from './presenter-board';
import { presentBoard } from './presenter-board';

interface PresenterStageProps {
  workshopTitle: string;
  language: Language;
  stage: Stage;
  position: { index: number; total: number };
}

function PresenterTimer({ stage }: { stage: Stage }) {
  const now = useNow(stage.timer.runningSince !== null ? 1000 : null);
  return <TimerClock view={timerView(stage, now)} className="presenter-clock" />;
}

/** Cards boards and the plain lists (notes, checklist): what presentBoard makes of the stage. */
function PresentedBoard({ stage, language }: { stage: ListedStage; language: Language }) {
  const board = presentBoard(stage);
  return board.kind === 'cards' ? <PresenterCards board={board} language={language} /> : <PresenterList sections={board.sections} language={language} />;
}

/** The current stage for the room: title, goal, timer and a read-only board. */
export function PresenterStage({ workshopTitle, language, stage, position }: PresenterStageProps) {
  const { t } = useTranslation();
  return (
    <>
      <header className="presenter-header">
        <div className="presenter-heading">
          <p className="presenter-meta">
            <span lang={language}>{workshopTitle}</span> · {t('presenter.stageOf', { number: position.index + 1, total: position.total })}
          </p>
          <h1 lang={language}>{stage.title}</h1>
          {stage.goal && (
            <p className="presenter-goal" lang={language}>
              {stage.goal}
            </p>
          )}
        </div>
        <PresenterTimer stage={stage} />
      </header>
      <section className="presenter-board" aria-label={t('presenter.board')}>
        {stage.kind === 'risks' ? (
          <PresenterRisks stage={stage} language={language} />
        ) : stage.kind === 'scorecard' ? (
          <PresenterScorecard stage={stage} language={language} />
        ) : stage.kind === 'actions' ? (
          <PresenterActions stage={stage} language={language} />
        ) : stage.kind === 'matrix' ? (
          <PresenterMatrix stage={stage} language={language} />
        ) : stage.kind === 'notes' ? (
          <PresenterNotes stage={stage} language={language} />
        ) : (
          <PresentedBoard stage={stage} language={language} />
        )}
      </section>
    </>
  );
}
