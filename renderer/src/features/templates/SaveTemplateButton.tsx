import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host/context';
import { useApp, useAppStore } from '../../store/context';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { saveWorkshopAsTemplate } from './template-actions';
import './templates.css';

/** The workshop header's "Save as template…": asks for a name and a description, then says where it went. */
export function SaveTemplateButton() {
  const { t } = useTranslation();
  const host = useHost();
  const store = useAppStore();
  const title = useApp((s) => s.doc?.title ?? '');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setSaved(null);
          setOpen(true);
        }}
      >
        {t('customTemplates.saveAs')}
      </button>
      {saved && (
        <span className="file-status" role="status">
          {t('customTemplates.saved', { name: saved })}
        </span>
      )}
      {open && (
        <SaveTemplateDialog
          initialName={title}
          onCancel={() => setOpen(false)}
          onSave={async (values) => {
            const summary = await saveWorkshopAsTemplate({ host, store }, values);
            setOpen(false);
            if (summary) setSaved(summary.name);
          }}
        />
      )}
    </>
  );
}
