import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteSection } from '../../../../shared/commands';
import { limits } from '../../../../shared/model/limits';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useApp, useAppStore } from '../../store/context';
import { MarkdownEditor } from './editor/MarkdownEditor';
import type { MarkdownActions } from './markdown/MarkdownView';
import { toggleTask } from './markdown/parse-markdown';
import { NotePreview } from './NotePreview';
import { useOpenLink } from './use-open-link';

interface SectionPanelProps {
  stageId: string;
  section: NoteSection;
  index: number;
  count: number;
  lang: string;
}

/** One section: its title, its Markdown source in the editor, and the live preview beside it. */
export function SectionPanel({ stageId, section, index, count, lang }: SectionPanelProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const store = useAppStore();
  const openLink = useOpenLink();
  const [full, setFull] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const sectionId = section.id;

  const edit = useCallback(
    (markdown: string) => {
      setFull(false);
      dispatch({ type: 'note/edit-section', stageId, sectionId, markdown }, { coalesceKey: `note:${sectionId}` });
    },
    [dispatch, stageId, sectionId],
  );
  const actions = useMemo<MarkdownActions>(
    () => ({
      openLink,
      toggleTask: (offset) => {
        const stage = store.getState().doc?.stages.find((s) => s.id === stageId);
        const current = stage?.kind === 'notes' ? stage.sections.find((s) => s.id === sectionId) : undefined;
        if (current) dispatch({ type: 'note/edit-section', stageId, sectionId, markdown: toggleTask(current.markdown, offset) });
      },
    }),
    [dispatch, openLink, sectionId, stageId, store],
  );
  const move = (toIndex: number) => dispatch({ type: 'note/move-section', stageId, sectionId, toIndex });

  return (
    <div className="section-panel">
      <div className="section-toolbar">
        <label className="section-title">
          <span className="visually-hidden">{t('notes.sectionTitle')}</span>
          <input
            lang={lang}
            value={section.title}
            placeholder={t('notes.sectionTitle')}
            maxLength={limits.shortChars}
            onChange={(e) => dispatch({ type: 'note/rename-section', stageId, sectionId, title: e.target.value }, { coalesceKey: `note-title:${sectionId}` })}
          />
        </label>
        <div className="section-actions">
          <button type="button" disabled={index === 0} onClick={() => move(index - 1)}>
            {t('notes.moveEarlier')}
          </button>
          <button type="button" disabled={index === count - 1} onClick={() => move(index + 1)}>
            {t('notes.moveLater')}
          </button>
          <button type="button" className="danger" onClick={() => setDeleting(true)}>
            {t('notes.deleteSection')}
          </button>
        </div>
      </div>
      {full && (
        <p className="note-full" role="alert">
          {t('notes.full', { count: limits.textChars })}
        </p>
      )}
      <div className="note-split">
        <MarkdownEditor
          value={section.markdown}
          onChange={edit}
          label={t('notes.source')}
          placeholder={t('notes.placeholder')}
          maxLength={limits.textChars}
          onRefused={() => setFull(true)}
          lang={lang}
        />
        <NotePreview markdown={section.markdown} actions={actions} label={t('notes.preview')} />
      </div>
      {deleting && (
        <ConfirmDialog
          title={t('notes.deleteTitle')}
          message={t('notes.deleteMessage', { title: section.title || t('notes.untitled') })}
          confirmLabel={t('common.delete')}
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            dispatch({ type: 'note/delete-section', stageId, sectionId });
          }}
        />
      )}
    </div>
  );
}
