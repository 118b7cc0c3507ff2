import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportSettingsOf } from '../../../../shared/export/export-settings';
import { useHost } from '../../host/context';
import { useApp } from '../../store/context';
import type { ExportChoices } from './export-choices';
import { initialChoices } from './export-choices';
import { ExportDialog } from './ExportDialog';

/** "Export PDF" in the workshop header: opens the export dialog with the last export's choices. */
export function ExportButton() {
  const { t } = useTranslation();
  const host = useHost();
  const language = useApp((s) => s.language);
  const [initial, setInitial] = useState<ExportChoices | null>(null);
  const open = async () => {
    const settings = await host.getSettings({});
    setInitial(initialChoices(exportSettingsOf(settings.ok ? settings.value : {}), language));
  };
  return (
    <>
      <button type="button" className="export-button" aria-haspopup="dialog" onClick={() => void open()}>
        {t('export.button')}
      </button>
      {initial && <ExportDialog initial={initial} onClose={() => setInitial(null)} />}
    </>
  );
}
