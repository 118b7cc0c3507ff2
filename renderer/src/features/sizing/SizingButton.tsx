import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SizingPanel } from './SizingPanel';

/** Opens the sizing helper beside the board. */
export function SizingButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('sizing.open')}
      </button>
      {open && <SizingPanel onClose={() => setOpen(false)} />}
    </>
  );
}
