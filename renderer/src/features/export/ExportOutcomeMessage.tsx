import { useTranslation } from 'react-i18next';
import type { ExportOutcome } from './run-export';

/**
 * What became of the export: where the file went (or that it did not), and — never silently — the
 * characters the PDF's font lacks, which were printed as □.
 */
export function ExportOutcomeMessage({ outcome, downloaded }: { outcome: ExportOutcome; downloaded: boolean }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (outcome.kind) {
      case 'saved':
        return downloaded ? t('export.downloaded', { path: outcome.path, count: outcome.pageCount }) : t('export.savedTo', { path: outcome.path, count: outcome.pageCount });
      case 'not-saved':
        return t('export.notSaved');
      case 'cancelled':
        return t('export.cancelled');
      case 'failed':
        return t('export.failed', { detail: outcome.detail });
    }
  })();
  const missing = outcome.kind === 'saved' || outcome.kind === 'not-saved' ? outcome.missingGlyphs : [];
  return (
    <>
      <p className={outcome.kind === 'failed' ? 'export-outcome export-error' : 'export-outcome'}>{text}</p>
      {missing.length > 0 && <p className="export-warning">{t('export.missingGlyphs', { chars: missing.join(' ') })}</p>}
    </>
  );
}
