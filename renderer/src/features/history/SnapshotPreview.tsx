import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/ErrorBanner';
import { useHost } from '../../host/context';
import { useApp } from '../../store/context';
import { formatDateTime } from '../home/WorkshopList';
import { useSnapshotPreview } from './use-history';

/** What a snapshot holds, read-only: its title, last change, and each stage with its item count. */
export function SnapshotPreviewView({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const host = useHost();
  const language = useApp((s) => s.language);
  const errorText = useErrorText();
  const preview = useSnapshotPreview(host, id, name);
  if (!preview || preview.state === 'loading') return <p aria-busy="true">{t('common.loading')}</p>;
  if (preview.state === 'failed') return <p role="alert">{errorText(preview.error)}</p>;
  const { info, title, updatedAt, stages } = preview.value;
  return (
    <section className="snapshot-preview" aria-label={t('history.previewOf', { time: formatDateTime(info.takenAt, language) })}>
      <h3>{title}</h3>
      <p className="muted">{t('history.previewUpdated', { time: formatDateTime(updatedAt, language) })}</p>
      <ol>
        {stages.map((stage, i) => (
          <li key={i}>
            {stage.title} <span className="muted">({t(`boardKinds.${stage.kind}`)}, {t('history.stageItems', { count: stage.items })})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
