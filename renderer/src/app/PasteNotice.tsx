import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFormat } from './number-format';
import type { RefusedPaste } from './paste-guard';
import { installPasteGuard } from './paste-guard';

/** Says, in the UI's language, why a paste did nothing; the field keeps what it had. */
export function PasteNotice() {
  const { t, i18n } = useTranslation();
  const [refused, setRefused] = useState<RefusedPaste | null>(null);
  useEffect(() => installPasteGuard(document, setRefused), []);
  if (!refused) return null;
  const number = (n: number) => numberFormat(i18n.language, {}).format(n);
  return (
    <div className="error-banner" role="alert">
      <span>{t('paste.refused', { offered: number(refused.offered), limit: number(refused.limit) })}</span>
      <button type="button" onClick={() => setRefused(null)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
