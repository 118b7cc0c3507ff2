import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../../../shared/model/summary';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { TextPromptDialog } from '../../app/TextPromptDialog';
import { useApp } from '../../store/context';

type Pending = { kind: 'rename' | 'duplicate' | 'delete'; workshop: WorkshopSummary } | null;

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The saved workshops, newest first, each with open, rename, duplicate and delete. */
export function WorkshopList({ workshops }: { workshops: WorkshopSummary[] }) {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const openWorkshop = useApp((s) => s.openWorkshop);
  const renameSaved = useApp((s) => s.renameSaved);
  const duplicateSaved = useApp((s) => s.duplicateSaved);
  const deleteSaved = useApp((s) => s.deleteSaved);
  const [pending, setPending] = useState<Pending>(null);
  const close = () => setPending(null);

  if (workshops.length === 0) return <p className="empty">{t('home.empty')}</p>;
  return (
    <>
      <ul className="workshop-list" aria-label={t('home.listLabel')}>
        {workshops.map((w) => (
          <li key={w.id} className="workshop-row">
            <button type="button" className="workshop-open" onClick={() => void openWorkshop(w.id)}>
              <span className="workshop-title" lang={w.language}>
                {w.title}
              </span>
              <span className="workshop-meta">
                {t('home.lastChange', { when: formatDateTime(w.updatedAt, language) })}
                {' · '}
                {t('home.stageCount', { count: w.stageCount })}
                {w.readOnly && ` · ${t('files.readOnlyBadge')}`}
              </span>
            </button>
            <div className="row-actions">
              <button type="button" aria-label={t('home.renameOf', { title: w.title })} onClick={() => setPending({ kind: 'rename', workshop: w })}>
                {t('common.rename')}
              </button>
              <button type="button" aria-label={t('home.duplicateOf', { title: w.title })} onClick={() => setPending({ kind: 'duplicate', workshop: w })}>
                {t('common.duplicate')}
              </button>
              <button type="button" className="danger" aria-label={t('home.deleteOf', { title: w.title })} onClick={() => setPending({ kind: 'delete', workshop: w })}>
                {t('common.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {pending?.kind === 'rename' && (
        <TextPromptDialog
          title={t('home.renameTitle')}
          label={t('home.workshopTitle')}
          initial={pending.workshop.title}
          submitLabel={t('common.rename')}
          onCancel={close}
          onSubmit={(title) => void renameSaved(pending.workshop.id, title).then(close)}
        />
      )}
      {pending?.kind === 'duplicate' && (
        <TextPromptDialog
          title={t('home.duplicateTitle')}
          label={t('home.workshopTitle')}
          initial={t('home.copyOf', { title: pending.workshop.title })}
          submitLabel={t('common.duplicate')}
          onCancel={close}
          onSubmit={(title) => void duplicateSaved(pending.workshop.id, title).then(close)}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={t('home.deleteTitle')}
          message={t('home.deleteMessage', { title: pending.workshop.title })}
          confirmLabel={t('common.delete')}
          onCancel={close}
          onConfirm={() => void deleteSaved(pending.workshop.id).then(close)}
        />
      )}
    </>
  );
}
