import { useTranslation } from 'react-i18next';
import type { DamagedWorkshop } from '../../../../shared/model/summary';
import { useErrorText } from '../../app/ErrorBanner';
import { useHost } from '../../host/context';
import { useApp, useAppStore } from '../../store/context';
import { formatDateTime } from '../home/WorkshopList';

/**
 * Files of the store that could not be opened: what is wrong and where, where the damaged file went
 * (the quarantine folder), and the newest good earlier version with a button to restore it.
 */
export function DamagedList({ damaged }: { damaged: DamagedWorkshop[] }) {
  const { t } = useTranslation();
  const host = useHost();
  const store = useAppStore();
  const language = useApp((s) => s.language);
  const errorText = useErrorText();

  const restore = async (entry: DamagedWorkshop) => {
    const recovery = entry.recovery;
    if (!recovery || recovery.version.kind === 'current') return;
    const result = await host.restoreVersion({ id: recovery.id, version: recovery.version });
    if (!result.ok) return store.setState({ error: result.error });
    store.getState().showOpened(result.value);
  };

  return (
    <ul>
      {damaged.map((d) => (
        <li key={d.fileName}>
          <code>{d.fileName}</code> — {errorText(d.error)}
          {d.quarantinedAs && <div>{t('recovery.quarantined', { name: d.quarantinedAs })}</div>}
          {d.recovery && (
            <div>
              {t('recovery.goodVersion', {
                title: d.recovery.title,
                time: formatDateTime(d.recovery.savedAt, language),
                counts: t('history.counts', { stages: d.recovery.counts.stages, cards: d.recovery.counts.cards }),
              })}{' '}
              <button type="button" aria-label={t('recovery.restoreOf', { name: d.fileName })} onClick={() => void restore(d)}>
                {t('recovery.restore')}
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
