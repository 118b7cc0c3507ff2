import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/ErrorBanner';
import { useApp } from '../../store/context';
import { formatTime } from './format-time';

/** Says whether the room's work is on disk: saving…, saved at 10:42, or failed with a retry. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const save = useApp((s) => s.save);
  const language = useApp((s) => s.language);
  const flushSave = useApp((s) => s.flushSave);
  const errorText = useErrorText();
  return (
    <div className={`save-indicator save-${save.state}`} role="status" aria-live="polite" aria-label={t('save.label')}>
      {(save.state === 'saving' || save.state === 'pending') && t('save.saving')}
      {save.state === 'saved' && t('save.saved', { time: formatTime(save.savedAt, language) })}
      {save.state === 'idle' && t('save.idle')}
      {save.state === 'failed' && (
        <>
          <span>{t('save.failed', { reason: errorText(save.error) })}</span>{' '}
          <button type="button" onClick={() => void flushSave()}>
            {t('save.retry')}
          </button>
        </>
      )}
    </div>
  );
}
