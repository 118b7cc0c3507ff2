import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host/context';
import { useAppStore } from '../../store/context';
import { importChosenFile, openFromDialog, openRecentFile } from './file-actions';
import './files.css';

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Home screen: Open… and recent files (in the app), Import… (everywhere: a chosen file's bytes). */
export function HomeFileActions() {
  const { t } = useTranslation();
  const host = useHost();
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => {
    if (host.kind !== 'electron') return;
    let live = true;
    void host.getSettings({}).then((r) => live && r.ok && setRecent(r.value.recentFiles));
    return () => {
      live = false;
    };
  }, [host]);
  return (
    <>
      <div className="home-files" role="group" aria-label={t('files.group')}>
        {host.kind === 'electron' && (
          <button type="button" onClick={() => void openFromDialog({ host, store })}>
            {t('files.open')}
          </button>
        )}
        <button type="button" onClick={() => input.current?.click()}>
          {t('files.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".groundwork,application/json"
          hidden
          aria-label={t('files.importLabel')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importChosenFile({ host, store }, file);
          }}
        />
      </div>
      {recent.length > 0 && (
        <section className="recent-files" aria-labelledby="recent-files-heading">
          <h2 id="recent-files-heading">{t('files.recentTitle')}</h2>
          <ul aria-label={t('files.recentLabel')}>
            {recent.map((file) => (
              <li key={file}>
                <button type="button" onClick={() => void openRecentFile({ host, store }, file)}>
                  <span>{baseName(file)}</span>
                  <small>{file}</small>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
