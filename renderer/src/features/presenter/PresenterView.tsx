import { useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StoreContext, useApp } from '../../store/context';
import { PresenterStage } from './PresenterStage';
import { useFitToScreen } from './use-fit-to-screen';
import { usePresenterFeed } from './use-presenter-feed';
import { usePresenterShortcut } from './use-presenter-shortcut';

/**
 * The projector window (`#/presenter`): read-only, large type, following the facilitator's window
 * live. It shows whatever the facilitator last sent, in the facilitator's UI language.
 */
export function PresenterView() {
  const { t } = useTranslation();
  const feed = usePresenterFeed();
  const togglePresenter = useApp((s) => s.togglePresenter);
  usePresenterShortcut(togglePresenter);
  // The room reads the facilitator's UI language. Shown here only, not saved: App applies the
  // store's language to i18next and <html lang>, so setting it there keeps one source of truth.
  const store = useContext(StoreContext);
  const language = feed?.language;
  useEffect(() => {
    if (language && store && store.getState().language !== language) store.setState({ language });
  }, [store, language]);
  const title = t('presenter.windowTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);

  const main = useRef<HTMLElement>(null);
  useFitToScreen(main, feed);

  const doc = feed?.doc ?? null;
  const stage = doc?.stages.find((s) => s.id === doc.currentStageId);
  const index = doc && stage ? doc.stages.indexOf(stage) : -1;
  return (
    <main ref={main} className="presenter">
      {!doc ? (
        <p className="presenter-waiting" role="status">
          {t('presenter.waiting')}
        </p>
      ) : !stage ? (
        <p className="presenter-waiting" role="status">
          {t('presenter.noStage')}
        </p>
      ) : (
        <PresenterStage workshopTitle={doc.title} language={doc.language} stage={stage} position={{ index, total: doc.stages.length }} />
      )}
    </main>
  );
}
