import { useTranslation } from 'react-i18next';
import type { Adr } from '../../../../shared/model/workshop';
import { adrStatuses } from '../../../../shared/model/workshop';
import { adrLabel } from './adr-links';

export type StatusFilter = Adr['status'] | 'all';

interface AdrListProps {
  adrs: readonly Adr[];
  filter: StatusFilter;
  onFilter(filter: StatusFilter): void;
  openId: string | null;
  onOpen(id: string): void;
}

/** Records by number, filtered by status; each shows its status, and what superseded it. */
export function AdrList({ adrs, filter, onFilter, openId, onOpen }: AdrListProps) {
  const { t } = useTranslation();
  const sorted = [...adrs].sort((a, b) => a.number - b.number);
  const shown = filter === 'all' ? sorted : sorted.filter((a) => a.status === filter);
  const count = (status: StatusFilter) => (status === 'all' ? adrs.length : adrs.filter((a) => a.status === status).length);
  const numberOf = (id: string | null) => adrs.find((a) => a.id === id)?.number;
  return (
    <nav className="adr-list" aria-label={t('adr.listLabel')}>
      <div className="adr-filters" role="group" aria-label={t('adr.filterLabel')}>
        {(['all', ...adrStatuses] as const).map((status) => (
          <button key={status} type="button" aria-pressed={filter === status} onClick={() => onFilter(status)}>
            {t(`adr.filter.${status}`)} ({count(status)})
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="empty">{adrs.length === 0 ? t('adr.empty') : t('adr.noneWithStatus')}</p>
      ) : (
        <ul>
          {shown.map((adr) => {
            const next = adr.status === 'superseded' ? numberOf(adr.supersededBy) : undefined;
            return (
              <li key={adr.id}>
                <button type="button" className="adr-list-item" aria-current={adr.id === openId ? 'true' : undefined} onClick={() => onOpen(adr.id)}>
                  <span className="adr-number">{adrLabel(adr.number)}</span>
                  <span className="adr-title">{adr.title || t('adr.untitled')}</span>
                  <span className={`adr-status adr-status-${adr.status}`}>
                    {next === undefined ? t(`adr.status.${adr.status}`) : t('adr.supersededByLabel', { label: adrLabel(next) })}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
