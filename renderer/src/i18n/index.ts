import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model/workshop';
import { enBundle, zhBundle } from './bundles';

export const resources = { en: { translation: enBundle }, 'zh-CN': { translation: zhBundle } } as const;

/** Starts i18next with both bundled locales (nothing is fetched) in the given language. */
export async function initI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return i18next;
}

export { i18next };
