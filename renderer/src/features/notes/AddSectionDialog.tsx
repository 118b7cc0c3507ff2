import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteSection } from '../../../../shared/commands';
import { newId } from '../../../../shared/model/ids';
import type { Language } from '../../../../shared/model/workshop';
import { languages } from '../../../../shared/model/workshop';
import type { SectionTemplateKey } from '../../../../shared/notes/section-templates';
import { sectionTemplate, sectionTemplateKeys, sectionTemplateMarkdown } from '../../../../shared/notes/section-templates';
import { Dialog } from '../../app/Dialog';

type Choice = SectionTemplateKey | 'blank';

/** A new section: from one of the templates (with the questions to ask the room) or blank. */
export function AddSectionDialog({ contentLanguage, onAdd, onCancel }: { contentLanguage: Language; onAdd(section: NoteSection): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('compute');
  const [language, setLanguage] = useState<Language>(contentLanguage);
  const submit = () => {
    const id = newId();
    if (choice === 'blank') onAdd({ id, title: t('notes.untitled'), markdown: '' });
    else onAdd({ id, title: sectionTemplate(choice, language).title, markdown: sectionTemplateMarkdown(choice, language) });
  };
  return (
    <Dialog title={t('notes.addSection')} onClose={onCancel} className="add-section-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset className="field">
          <legend>{t('notes.template')}</legend>
          {[...sectionTemplateKeys, 'blank' as const].map((key) => (
            <label key={key} className="choice">
              <input type="radio" name="section-template" checked={choice === key} onChange={() => setChoice(key)} />
              <span>
                {key === 'blank' ? t('notes.blankSection') : sectionTemplate(key, language).title}
                {key !== 'blank' && <small>{sectionTemplate(key, language).prompts[0]}</small>}
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('notes.templateLanguage')}</span>
          <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('notes.addSection')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
