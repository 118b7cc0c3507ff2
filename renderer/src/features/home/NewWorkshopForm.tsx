import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { TemplateId } from '../../../../shared/model/templates';
import { templateIds } from '../../../../shared/model/templates';
import type { Language } from '../../../../shared/model/workshop';
import { languages } from '../../../../shared/model/workshop';
import { EnumSelect } from '../../app/EnumSelect';
import { useApp } from '../../store/context';

/** Title, template and content language of a new workshop; the content language defaults to the UI's. */
export function NewWorkshopForm() {
  const { t } = useTranslation();
  const uiLanguage = useApp((s) => s.language);
  const createWorkshop = useApp((s) => s.createWorkshop);
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId>('llm-landing');
  const [language, setLanguage] = useState<Language | null>(null);
  const contentLanguage = language ?? uiLanguage;
  return (
    <form
      className="new-workshop"
      aria-labelledby="new-workshop-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void createWorkshop({ template, language: contentLanguage, title: title.trim() || t('home.untitled') });
      }}
    >
      <h2 id="new-workshop-heading">{t('home.newWorkshop')}</h2>
      <label className="field">
        <span>{t('home.workshopTitle')}</span>
        <input
          value={title}
          maxLength={limits.shortChars}
          placeholder={t('home.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <fieldset className="field">
        <legend>{t('home.template')}</legend>
        {templateIds.map((id) => (
          <label key={id} className="choice">
            <input type="radio" name="template" value={id} checked={template === id} onChange={() => setTemplate(id)} />
            <span>
              <strong>{t(`templates.${id}.name`)}</strong>
              <small>{t(`templates.${id}.description`)}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('home.contentLanguage')}</span>
        <EnumSelect values={languages} value={contentLanguage} onChange={setLanguage} optionLabel={(l) => t(`languages.${l}`)} />
      </label>
      <button type="submit" className="primary">
        {t('home.create')}
      </button>
    </form>
  );
}
