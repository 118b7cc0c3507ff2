import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { TemplateId } from '../../../../shared/model/templates';
import { templateIds } from '../../../../shared/model/templates';
import type { Language } from '../../../../shared/model/workshop';
import { languages } from '../../../../shared/model/workshop';
import { EnumSelect } from '../../app/EnumSelect';
import { useHost } from '../../host/context';
import { useApp, useAppStore } from '../../store/context';
import type { CustomChoice } from '../templates/CustomTemplateChoices';
import { CustomTemplateChoices, customIdOf } from '../templates/CustomTemplateChoices';
import { createFromTemplate } from '../templates/template-actions';
import { useCustomTemplates } from '../templates/use-custom-templates';

/** Title, template and content language of a new workshop; the content language defaults to the UI's. */
export function NewWorkshopForm() {
  const { t } = useTranslation();
  const uiLanguage = useApp((s) => s.language);
  const createWorkshop = useApp((s) => s.createWorkshop);
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateId | CustomChoice>('llm-landing');
  const host = useHost();
  const store = useAppStore();
  const custom = useCustomTemplates();
  const customId = customIdOf(template);
  const chosenCustom = customId === null ? null : (custom.templates?.find((c) => c.id === customId) ?? null);
  // A custom template deleted while chosen: back to the default template.
  const choice = customId !== null && custom.templates !== null && !chosenCustom ? 'llm-landing' : template;
  const [language, setLanguage] = useState<Language | null>(null);
  const contentLanguage = language ?? uiLanguage;
  return (
    <form
      className="new-workshop"
      aria-labelledby="new-workshop-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const name = title.trim() || t('home.untitled');
        if (chosenCustom) void createFromTemplate({ host, store }, chosenCustom.id, name);
        else if (customIdOf(choice) === null) void createWorkshop({ template: choice as TemplateId, language: contentLanguage, title: name });
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
            <input type="radio" name="template" value={id} checked={choice === id} onChange={() => setTemplate(id)} />
            <span>
              <strong>{t(`templates.${id}.name`)}</strong>
              <small>{t(`templates.${id}.description`)}</small>
            </span>
          </label>
        ))}
        {custom.templates && <CustomTemplateChoices templates={custom.templates} selected={choice} onSelect={setTemplate} onChanged={custom.refresh} />}
      </fieldset>
      {chosenCustom ? (
        <p className="field">{t('customTemplates.contentLanguage', { language: t(`languages.${chosenCustom.language}`) })}</p>
      ) : (
        <label className="field">
          <span>{t('home.contentLanguage')}</span>
          <EnumSelect values={languages} value={contentLanguage} onChange={setLanguage} optionLabel={(l) => t(`languages.${l}`)} />
        </label>
      )}
      <button type="submit" className="primary">
        {t('home.create')}
      </button>
    </form>
  );
}
