import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCandidate } from '../../../../shared/files/types';
import { Dialog } from '../../app/Dialog';
import { useHost } from '../../host/context';
import { useApp, useAppStore } from '../../store/context';
import { formatTime } from '../workshop/format-time';
import { formatDateTime } from '../home/WorkshopList';

/**
 * On the home screen after an unclean exit (crash, power cut): offers the newest recoverable state
 * of the workshop that was open, from its file, its last good copy or its newest snapshot.
 */
export function RecoveryPrompt() {
  const { t } = useTranslation();
  const host = useHost();
  const store = useAppStore();
  const language = useApp((s) => s.language);
  const [offer, setOffer] = useState<RecoveryCandidate | null>(null);
  useEffect(() => {
    let live = true;
    void host.getRecovery({}).then((r) => live && r.ok && setOffer(r.value));
    return () => {
      live = false;
    };
  }, [host]);
  if (!offer) return null;

  const later = () => {
    setOffer(null);
    void host.dismissRecovery({});
  };
  const open = async () => {
    const result = await host.openRecovery({});
    setOffer(null);
    if (!result.ok) return store.setState({ error: result.error });
    store.getState().showOpened(result.value);
  };
  const when = `${formatDateTime(offer.savedAt, language)} (${formatTime(offer.savedAt, language)})`;
  return (
    <Dialog title={t('recovery.title')} onClose={later}>
      <p>{t('recovery.message', { title: offer.title, time: when })}</p>
      <p>
        {t(`recovery.source.${offer.version.kind}`)} {t('history.counts', { stages: offer.counts.stages, cards: offer.counts.cards })}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={later}>
          {t('recovery.later')}
        </button>
        <button type="button" className="primary" autoFocus onClick={() => void open()}>
          {t('recovery.open')}
        </button>
      </div>
    </Dialog>
  );
}
