import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useApp } from '../../store/context';
import { HomeFileActions } from '../files/HomeFileActions';
import { DamagedList } from '../recovery/DamagedList';
import { RecoveryPrompt } from '../recovery/RecoveryPrompt';
import { NewWorkshopForm } from './NewWorkshopForm';
import { SampleList } from './SampleList';
import { WorkshopList } from './WorkshopList';

export function HomeScreen() {
  const { t } = useTranslation();
  const listing = useApp((s) => s.listing);
  const refreshListing = useApp((s) => s.refreshListing);
  useEffect(() => {
    void refreshListing();
  }, [refreshListing]);

  return (
    <div className="home">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="home-main">
        <section className="home-list" aria-labelledby="home-heading">
          <h1 id="home-heading">{t('home.title')}</h1>
          <HomeFileActions />
          <RecoveryPrompt />
          {listing ? <WorkshopList workshops={listing.workshops} /> : <p aria-busy="true">{t('common.loading')}</p>}
          {listing && listing.damaged.length > 0 && (
            <section className="damaged" aria-labelledby="damaged-heading">
              <h2 id="damaged-heading">{t('home.damagedTitle')}</h2>
              <p>{t('home.damagedHelp')}</p>
              <DamagedList damaged={listing.damaged} />
            </section>
          )}
          <SampleList />
        </section>
        <NewWorkshopForm />
      </main>
    </div>
  );
}
