import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useUndoShortcuts } from '../../app/use-shortcuts';
import { useApp } from '../../store/context';
import { AgendaSidebar } from '../agenda/AgendaSidebar';
import { StageBoard } from '../board/StageBoard';
import { ExportButton } from '../export/ExportButton';
import { WorkshopFileActions } from '../files/WorkshopFileActions';
import { WorkshopFileNotices } from '../files/WorkshopFileNotices';
import { FacilitationBar } from './FacilitationBar';
import { SaveIndicator } from './SaveIndicator';

/** The facilitator's workspace: agenda on the left, the current stage's board on the right. */
export function WorkshopScreen() {
  const { t } = useTranslation();
  const doc = useApp((s) => s.doc);
  const dispatch = useApp((s) => s.dispatch);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const canUndo = useApp((s) => s.history.past.length > 0);
  const canRedo = useApp((s) => s.history.future.length > 0);
  const closeWorkshop = useApp((s) => s.closeWorkshop);
  useUndoShortcuts(undo, redo);
  if (!doc) return null;
  const stage = doc.stages.find((s) => s.id === doc.currentStageId);

  return (
    <div className="workshop">
      <header className="topbar">
        <button type="button" onClick={() => void closeWorkshop()}>
          {t('workshop.back')}
        </button>
        <label className="title-field">
          <span className="visually-hidden">{t('workshop.titleLabel')}</span>
          <input
            lang={doc.language}
            value={doc.title}
            maxLength={limits.shortChars}
            onChange={(e) => dispatch({ type: 'workshop/rename', title: e.target.value }, { coalesceKey: 'workshop-title' })}
          />
        </label>
        <SaveIndicator />
        <WorkshopFileActions />
        <div className="toolbar" role="group" aria-label={t('workshop.history')}>
          <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
            {t('workshop.undo')}
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z">
            {t('workshop.redo')}
          </button>
        </div>
        <ExportButton />
        <LanguageSwitch />
      </header>
      <WorkshopFileNotices />
      <FacilitationBar doc={doc} />
      <div className="workshop-body">
        <AgendaSidebar doc={doc} />
        {/* Keyed by stage: another stage opens at its top, not where the last one was scrolled to. */}
        <main key={stage?.id ?? 'none'} className="board-area" lang={doc.language}>
          {stage ? <StageBoard stage={stage} /> : <p className="empty">{t('workshop.noStages')}</p>}
        </main>
      </div>
    </div>
  );
}
