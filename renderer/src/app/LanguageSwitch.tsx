import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/workshop';
import { languages } from '../../../shared/model/workshop';
import { useApp } from '../store/context';

/** Switches the whole UI between English and 简体中文 at any time; the choice is saved in settings. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const setLanguage = useApp((s) => s.setLanguage);
  return (
    <label className="language-switch">
      <span>{t('settings.language')}</span>
      <select value={language} onChange={(e) => void setLanguage(e.target.value as Language)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
