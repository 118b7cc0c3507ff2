import { useTranslation } from 'react-i18next';
import { useApp } from '../../store/context';
import { ConflictDialog } from './ConflictDialog';

/** Under the workshop header: the read-only notice for a newer version's file, and the conflict choice. */
export function WorkshopFileNotices() {
  const { t } = useTranslation();
  const readOnly = useApp((s) => s.docFile?.readOnly ?? null);
  return (
    <>
      {readOnly && (
        <p className="read-only-banner" role="status">
          {t('files.readOnly', { version: readOnly.fileVersion })}
        </p>
      )}
      <ConflictDialog />
    </>
  );
}
