import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import type { Stage, Workshop } from '../../../../shared/model/workshop';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { TextPromptDialog } from '../../app/TextPromptDialog';
import { useApp } from '../../store/context';
import { AddStageDialog } from './AddStageDialog';
import { AgendaStageTime } from './AgendaStageTime';
import { AgendaTotals } from './AgendaTotals';

type Pending = { kind: 'add' } | { kind: 'rename' | 'delete'; stage: Stage } | null;

/**
 * The agenda: stages in order with their timeboxes; add, rename, reorder and delete stages. It
 * shows each stage's title, timebox and clock only, so an edit on a board does not re-render it.
 */
export const AgendaSidebar = memo(function AgendaSidebar({ doc }: { doc: Workshop }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [pending, setPending] = useState<Pending>(null);
  const close = () => setPending(null);
  const total = doc.stages.reduce((sum, s) => sum + s.timeboxMinutes, 0);

  return (
    <nav className="agenda" aria-label={t('agenda.label')}>
      <h2 className="agenda-heading">{t('agenda.title')}</h2>
      <ol className="agenda-list">
        {doc.stages.map((stage, index) => {
          const current = stage.id === doc.currentStageId;
          return (
            <li key={stage.id} className={current ? 'agenda-item current' : 'agenda-item'}>
              <button
                type="button"
                className="agenda-select"
                aria-current={current ? 'step' : undefined}
                onClick={() => dispatch({ type: 'stage/select', stageId: stage.id })}
              >
                <span className="agenda-index">{index + 1}</span>
                <span className="agenda-name" lang={doc.language}>
                  {stage.title}
                </span>
                <span className="agenda-time">
                  {t('agenda.minutes', { count: stage.timeboxMinutes })}
                  {stage.timer.extraMinutes > 0 && <span className="agenda-extra">{t('agenda.extra', { count: stage.timer.extraMinutes })}</span>}
                </span>
              </button>
              <AgendaStageTime stage={stage} />
              {current && (
                <div className="agenda-actions">
                  <button type="button" aria-label={t('agenda.moveUp', { title: stage.title })} disabled={index === 0} onClick={() => dispatch({ type: 'stage/move', stageId: stage.id, toIndex: index - 1 })}>
                    ↑
                  </button>
                  <button type="button" aria-label={t('agenda.moveDown', { title: stage.title })} disabled={index === doc.stages.length - 1} onClick={() => dispatch({ type: 'stage/move', stageId: stage.id, toIndex: index + 1 })}>
                    ↓
                  </button>
                  <button type="button" onClick={() => setPending({ kind: 'rename', stage })}>
                    {t('common.rename')}
                  </button>
                  <button type="button" className="danger" onClick={() => setPending({ kind: 'delete', stage })}>
                    {t('common.delete')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <p className="agenda-total">{t('agenda.total', { count: total, hours: (total / 60).toFixed(1) })}</p>
      <AgendaTotals stages={doc.stages} />
      <button type="button" className="primary" onClick={() => setPending({ kind: 'add' })}>
        {t('agenda.addStage')}
      </button>
      {pending?.kind === 'add' && (
        <AddStageDialog
          onCancel={close}
          onAdd={(stage) => {
            dispatch({ type: 'stage/add', stageId: newId(), ...stage });
            close();
          }}
        />
      )}
      {pending?.kind === 'rename' && (
        <TextPromptDialog
          title={t('agenda.renameStage')}
          label={t('agenda.stageTitle')}
          initial={pending.stage.title}
          submitLabel={t('common.rename')}
          onCancel={close}
          onSubmit={(title) => {
            dispatch({ type: 'stage/rename', stageId: pending.stage.id, title });
            close();
          }}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={t('agenda.deleteStage')}
          message={t('agenda.deleteMessage', { title: pending.stage.title })}
          confirmLabel={t('common.delete')}
          onCancel={close}
          onConfirm={() => {
            dispatch({ type: 'stage/delete', stageId: pending.stage.id });
            close();
          }}
        />
      )}
    </nav>
  );
}, sameAgenda);

function sameAgenda(before: { doc: Workshop }, after: { doc: Workshop }): boolean {
  const a = before.doc;
  const b = after.doc;
  if (a.currentStageId !== b.currentStageId || a.language !== b.language || a.stages.length !== b.stages.length) return false;
  return a.stages.every((s, i) => {
    const t = b.stages[i];
    return t !== undefined && s.id === t.id && s.title === t.title && s.timeboxMinutes === t.timeboxMinutes && s.timer === t.timer;
  });
}
