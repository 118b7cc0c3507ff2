import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { useApp } from '../store/context';

/** The translated sentence for an error, with where it is and the technical detail. */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: AppError) =>
    [
      t(`errors.${error.code}`),
      error.path ? t('errors.at', { path: error.path }) : '',
      error.detail ? `(${error.detail})` : '',
    ]
      .filter(Boolean)
      .join(' ');
}

export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useApp((s) => s.error);
  const dismiss = useApp((s) => s.dismissError);
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{errorText(error)}</span>
      <button type="button" onClick={dismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
