import { useTranslation } from 'react-i18next';
import type { RagStatus } from '../../../../shared/scorecard';

const icons: Record<RagStatus | 'none', string> = { red: '✕', amber: '!', green: '✓', none: '?' };

/** A red/amber/green status as a shape, a word and a colour: never colour alone. */
export function RagBadge({ status, className }: { status: RagStatus | null; className?: string }) {
  const { t } = useTranslation();
  const key = status ?? 'none';
  return (
    <span className={`rag rag-${key}${className ? ` ${className}` : ''}`}>
      <span className="rag-icon" aria-hidden="true">
        {icons[key]}
      </span>
      {t(`scorecard.rag.${key}`)}
    </span>
  );
}
