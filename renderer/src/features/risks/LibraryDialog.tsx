import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';

/**
 * The frame of the risk board's pick-from-a-library dialogs (mitigations, compliance questions):
 * an introduction, the groups of entries, and a Done button. It stays open so the room can pick several.
 */
export function LibraryDialog({ title, className, intro, onClose, children }: { title: string; className: string; intro: ReactNode; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose} className={`library-dialog ${className}`}>
      {intro}
      <div className="library-groups">{children}</div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('risks.library.done')}
        </button>
      </div>
    </Dialog>
  );
}

/** One entry of a library: its text, and a button that adds it, disabled once it has been added. */
export function LibraryEntry({ added, label, action, onAdd, children }: { added: boolean; label: string; action: string; onAdd: () => void; children: ReactNode }) {
  return (
    <li>
      <span>{children}</span>
      <button type="button" disabled={added} aria-label={label} onClick={onAdd}>
        {action}
      </button>
    </li>
  );
}
