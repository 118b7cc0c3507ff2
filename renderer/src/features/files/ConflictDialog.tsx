import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '../../../../shared/files/types';
import type { AppError } from '../../../../shared/result';
import { Dialog } from '../../app/Dialog';
import { useHost } from '../../host/context';
import { useApp, useAppStore } from '../../store/context';
import { resolveConflict } from './file-actions';

/**
 * A save found the file changed by another program (`conflict`) or damaged (`target-invalid`):
 * nothing was overwritten, and the facilitator chooses. Closing it keeps the failed save (and the
 * work in memory); the next retry asks again.
 */
export function ConflictDialog() {
  const { t } = useTranslation();
  const host = useHost();
  const store = useAppStore();
  const error = useApp((s) => (s.save.state === 'failed' ? s.save.error : null));
  const location = useApp((s) => s.docFile?.location);
  const [closed, setClosed] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!error || (error.code !== 'conflict' && error.code !== 'target-invalid') || closed === error) return null;
  const damaged = error.code === 'target-invalid';
  const name = location?.kind === 'file' ? location.name : t('files.thisWorkshop');
  const choose = (choice: ConflictChoice) => {
    setBusy(true);
    void resolveConflict({ host, store }, choice).finally(() => setBusy(false));
  };
  return (
    <Dialog title={t(damaged ? 'files.damagedTitle' : 'files.conflictTitle')} onClose={() => setClosed(error)}>
      <p>{t(damaged ? 'files.damagedMessage' : 'files.conflictMessage', { name })}</p>
      <div className="dialog-actions conflict-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => choose('mine')}>
          {t('files.keepMine')}
        </button>
        {!damaged && (
          <button type="button" disabled={busy} onClick={() => choose('theirs')}>
            {t('files.loadTheirs')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={() => choose('copy')}>
          {t('files.saveCopy')}
        </button>
        <button type="button" disabled={busy} onClick={() => setClosed(error)}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
