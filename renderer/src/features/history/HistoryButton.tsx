import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryPanel } from './HistoryPanel';

/** Opens the open workshop's history: its snapshots, a preview, and restore. */
export function HistoryButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('history.open')}
      </button>
      {open && <HistoryPanel onClose={() => setOpen(false)} />}
    </>
  );
}
