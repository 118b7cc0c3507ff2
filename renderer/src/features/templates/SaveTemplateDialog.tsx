import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { templateDescriptionChars } from '../../../../shared/model/custom-template';
import { limits } from '../../../../shared/model/limits';
import { Dialog } from '../../app/Dialog';

interface SaveTemplateDialogProps {
  initialName: string;
  onSave: (values: { name: string; description: string }) => Promise<void>;
  onCancel: () => void;
}

/** Save as template…: a name (required) and a description, with what the template keeps and leaves out. */
export function SaveTemplateDialog({ initialName, onSave, onCancel }: SaveTemplateDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState('');
  const [saving, setSaving] = useState(false);
  const trimmed = name.trim();
  return (
    <Dialog title={t('customTemplates.dialogTitle')} onClose={onCancel} className="save-template-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!trimmed || saving) return;
          setSaving(true);
          void onSave({ name: trimmed, description }).finally(() => setSaving(false));
        }}
      >
        <label className="field">
          <span>{t('customTemplates.name')}</span>
          <input autoFocus required value={name} maxLength={limits.shortChars} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('customTemplates.description')}</span>
          <textarea
            rows={3}
            value={description}
            maxLength={templateDescriptionChars}
            placeholder={t('customTemplates.descriptionPlaceholder')}
            onChange={(e) => setDescription(e.target.value)}
          />
        </label>
        <div className="template-scope">
          <p>{t('customTemplates.keeps')}</p>
          <p>{t('customTemplates.drops')}</p>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!trimmed || saving}>
            {t('customTemplates.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
