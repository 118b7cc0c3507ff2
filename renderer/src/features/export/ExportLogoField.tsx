import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLogo } from '../../../../shared/export/logo';
import type { LogoError } from './export-logo';
import { logoPreviewUrl, readLogoFile } from './export-logo';

const errorText = {
  'too-large': 'export.logoTooLarge',
  'too-many-pixels': 'export.logoTooManyPixels',
  'not-an-image': 'export.logoNotImage',
  unreadable: 'export.logoUnreadable',
  empty: 'export.logoUnreadable',
} as const satisfies Record<LogoError, string>;

/**
 * The organisation's logo: a file input for a PNG or JPEG (checked by its bytes, at most 1 MB),
 * a preview of the chosen one with its name, and Remove. A refused file leaves the previous logo
 * and says why.
 */
export function ExportLogoField({ logo, onChange }: { logo: ExportLogo | undefined; onChange: (logo: ExportLogo | undefined) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<LogoError | null>(null);
  const hintId = useId();
  const errorId = useId();
  const headingId = useId();
  const buttonId = useId();

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const read = await readLogoFile(file);
    if (!read.ok) return setError(read.error);
    setError(null);
    onChange(read.logo);
  };

  return (
    <div className="field export-logo">
      <span id={headingId}>{t('export.logo')}</span>
      {/* The app's own button (in the UI's language), not the browser's "Choose File / No file chosen". */}
      <label className="file-button">
        <span id={buttonId}>{logo ? t('export.logoReplace') : t('export.logoChoose')}</span>
        <input
          type="file"
          className="visually-hidden"
          accept="image/png,image/jpeg"
          aria-labelledby={`${headingId} ${buttonId}`}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <small id={hintId} className="export-hint">{t('export.logoHint')}</small>
      {error && (
        <p id={errorId} className="export-error" role="alert">
          {t(errorText[error])}
        </p>
      )}
      {logo && (
        <div className="export-logo-chosen">
          <img src={logoPreviewUrl(logo)} alt={t('export.logoPreview', { name: logo.name })} />
          <span className="export-logo-name">{logo.name}</span>
          <button type="button" onClick={() => onChange(undefined)}>
            {t('export.logoRemove')}
          </button>
        </div>
      )}
    </div>
  );
}
