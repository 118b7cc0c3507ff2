import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host/context';
import { useApp, useAppStore } from '../../store/context';
import { HistoryButton } from '../history/HistoryButton';
import { SaveTemplateButton } from '../templates/SaveTemplateButton';
import { exportCopy, saveAsChosenFile } from './file-actions';
import './files.css';

/** The workshop header's file group: where it is saved, Save as… (app only), Export, History (none of them for a read-only file). */
export function WorkshopFileActions() {
  const { t } = useTranslation();
  const host = useHost();
  const store = useAppStore();
  const location = useApp((s) => s.docFile?.location);
  const readOnly = useApp((s) => s.docFile?.readOnly ?? null);
  const [exported, setExported] = useState<string | null>(null);
  return (
    <div className="file-actions" role="group" aria-label={t('files.group')}>
      {location?.kind === 'file' && (
        <span className="file-location" title={location.path}>
          {t('files.savedIn', { name: location.name })}
        </span>
      )}
      {host.kind === 'electron' && !readOnly && (
        <button type="button" onClick={() => void saveAsChosenFile({ host, store })}>
          {t('files.saveAs')}
        </button>
      )}
      {/* A newer version's file holds fields this version drops: no copy of it is written either. */}
      {!readOnly && (
        <button
          type="button"
          onClick={() => {
            setExported(null);
            void exportCopy({ host, store }).then(setExported);
          }}
        >
          {t('files.export')}
        </button>
      )}
      {exported && (
        <span className="file-status" role="status">
          {t('files.exported', { path: exported })}
        </span>
      )}
      {!readOnly && <HistoryButton />}
      {/* The agenda and reusable content as a custom template (never of a newer version's file, like Export). */}
      {!readOnly && <SaveTemplateButton />}
    </div>
  );
}
