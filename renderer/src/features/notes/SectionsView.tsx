import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { AddSectionDialog } from './AddSectionDialog';
import { SectionPanel } from './SectionPanel';

/** The sections of a notes board as tabs, the chosen one open for editing. */
export function SectionsView({ stage }: { stage: StageOf<'notes'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const language = useApp((s) => s.doc?.language ?? 'en');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { sections } = stage;
  const index = Math.max(0, sections.findIndex((s) => s.id === chosenId));
  const section = sections[index];

  return (
    <div className="sections-view">
      <div className="section-tabs">
        {sections.length > 0 && (
          <div role="tablist" aria-label={t('notes.sections')} className="view-tabs">
            {sections.map((s) => (
              <button key={s.id} type="button" role="tab" lang={language} aria-selected={s === section} onClick={() => setChosenId(s.id)}>
                {s.title || t('notes.untitled')}
              </button>
            ))}
          </div>
        )}
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('notes.addSection')}
        </button>
      </div>
      {section ? (
        <SectionPanel key={section.id} stageId={stage.id} section={section} index={index} count={sections.length} lang={language} />
      ) : (
        <p className="empty">{t('notes.empty')}</p>
      )}
      {adding && (
        <AddSectionDialog
          contentLanguage={language}
          onCancel={() => setAdding(false)}
          onAdd={(s) => {
            setAdding(false);
            dispatch({ type: 'note/add-section', stageId: stage.id, section: s });
            setChosenId(s.id);
          }}
        />
      )}
    </div>
  );
}
