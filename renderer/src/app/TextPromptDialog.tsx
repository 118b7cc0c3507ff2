import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../shared/model/limits';
import { Dialog } from './Dialog';

interface TextPromptDialogProps {
  title: string;
  label: string;
  initial: string;
  submitLabel: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}

/** Asks for one line of text (a new name); an empty name is not accepted. */
export function TextPromptDialog({ title, label, initial, submitLabel, onSubmit, onCancel }: TextPromptDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const trimmed = value.trim();
  return (
    <Dialog title={title} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (trimmed) onSubmit(trimmed);
        }}
      >
        <label className="field">
          <span>{label}</span>
          <input autoFocus value={value} maxLength={limits.shortChars} onChange={(e) => setValue(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!trimmed}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
