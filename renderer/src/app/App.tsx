import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from '../features/home/HomeScreen';
import { WorkshopScreen } from '../features/workshop/WorkshopScreen';
import { useApp } from '../store/context';
import { PresenterView } from '../features/presenter/PresenterView';
import { ErrorBanner } from './ErrorBanner';
import { PasteNotice } from './PasteNotice';
import { isPresenterRoute } from './presenter-route';

export function App() {
  const { i18n } = useTranslation();
  const screen = useApp((s) => s.screen);
  const language = useApp((s) => s.language);
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return (
    <>
      <ErrorBanner />
      <PasteNotice />
      {isPresenterRoute() ? <PresenterView /> : screen === 'home' ? <HomeScreen /> : <WorkshopScreen />}
    </>
  );
}
