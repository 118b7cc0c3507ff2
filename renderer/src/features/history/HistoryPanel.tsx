import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { Dialog } from '../../app/Dialog';
import { useErrorText } from '../../app/ErrorBanner';
import { useHost } from '../../host/context';
import { useApp, useAppStore } from '../../store/context';
import { formatDateTime } from '../home/WorkshopList';
import { SnapshotPreviewView } from './SnapshotPreview';
import { useSnapshots } from './use-history';
import './history.css';

/**
 * The workshop's history in a drawer: every snapshot with its time, why it was taken and what it
 * holds; a read-only preview of the chosen one; restore after a confirmation. Restoring saves the
 * open workshop first, and the host keeps the current state as a snapshot before replacing it.
 */
export function HistoryPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const host = useHost();
  const store = useAppStore();
  const id = useApp((s) => s.doc?.id ?? '');
  const language = useApp((s) => s.language);
  const errorText = useErrorText();
  const list = useSnapshots(host, id);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const chosenInfo = list.state === 'ready' ? list.value.find((s) => s.name === chosen) : undefined;

  const restore = async (name: string) => {
    await store.getState().flushSave();
    if (store.getState().save.state === 'failed') return;
    const result = await host.restoreVersion({ id, version: { kind: 'snapshot', name } });
    if (!result.ok) return store.setState({ error: result.error });
    store.getState().showOpened(result.value);
    onClose();
  };

  return (
    <Dialog title={t('history.title')} onClose={onClose} className="drawer">
      <p className="drawer-help">{t('history.help')}</p>
      {list.state === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
      {list.state === 'failed' && <p role="alert">{errorText(list.error)}</p>}
      {list.state === 'ready' && list.value.length === 0 && <p className="empty">{t('history.empty')}</p>}
      {list.state === 'ready' && list.value.length > 0 && (
        <ul className="history-list" aria-label={t('history.listLabel')}>
          {list.value.map((s) => (
            <li key={s.name}>
              <button type="button" className="history-entry" aria-pressed={chosen === s.name} onClick={() => setChosen(s.name)}>
                <strong>{formatDateTime(s.takenAt, language)}</strong>
                <small>
                  {t(`history.reason.${s.reason}`)}
                  {' · '}
                  {s.counts ? t('history.counts', { stages: t('history.stageCount', { count: s.counts.stages }), cards: t('history.cardCount', { count: s.counts.cards }) }) : t('history.unreadable')}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen ? <SnapshotPreviewView id={id} name={chosen} /> : list.state === 'ready' && list.value.length > 0 && <p className="empty">{t('history.select')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('history.close')}
        </button>
        <button type="button" className="primary" disabled={!chosenInfo?.counts} onClick={() => setConfirming(true)}>
          {t('history.restore')}
        </button>
      </div>
      {confirming && chosenInfo && (
        <ConfirmDialog
          title={t('history.restoreTitle')}
          message={t('history.restoreMessage', { time: formatDateTime(chosenInfo.takenAt, language) })}
          confirmLabel={t('history.restore')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void restore(chosenInfo.name);
          }}
        />
      )}
    </Dialog>
  );
}
