import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/model/workshop';
import { useApp } from '../store/context';
import { EnumSelect } from './EnumSelect';

/** Switches the whole UI between English and 简体中文 at any time; the choice is saved in settings. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useApp((s) => s.language);
  const setLanguage = useApp((s) => s.setLanguage);
  return (
    <label className="language-switch">
      <span>{t('settings.language')}</span>
      <EnumSelect values={languages} value={language} onChange={(l) => void setLanguage(l)} optionLabel={(l) => t(`languages.${l}`)} />
    </label>
  );
}
