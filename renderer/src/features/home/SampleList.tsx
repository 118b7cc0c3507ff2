import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SampleId } from '../../../../shared/samples/catalog';
import { sampleCatalog } from '../../../../shared/samples/catalog';
import { useHost } from '../../host/context';
import { useAppStore } from '../../store/context';
import { openSampleCopy } from './sample-actions';
import './samples.css';

/** Home screen: the fully worked sample workshops, each opened as a fresh copy. */
export function SampleList() {
  const { t } = useTranslation();
  const host = useHost();
  const store = useAppStore();
  const [opening, setOpening] = useState<SampleId | null>(null);
  const open = (id: SampleId) => {
    setOpening(id);
    void openSampleCopy({ host, store }, id).finally(() => setOpening(null));
  };
  return (
    <section className="home-samples" aria-labelledby="samples-heading">
      <h2 id="samples-heading">{t('samples.title')}</h2>
      <p className="samples-help">{t('samples.help')}</p>
      <ul aria-label={t('samples.listLabel')}>
        {sampleCatalog.map((s) => {
          const title = t(`samples.items.${s.id}.title`);
          return (
            <li key={s.id} className="sample-row">
              <div>
                <strong>{title}</strong>
                <small>
                  {t(`samples.items.${s.id}.description`)} {t('samples.contentLanguage', { language: t(`languages.${s.language}`) })}
                </small>
              </div>
              <button type="button" disabled={opening !== null} aria-label={t('samples.openCopyOf', { title })} onClick={() => open(s.id)}>
                {opening === s.id ? t('samples.opening') : t('samples.openCopy')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
