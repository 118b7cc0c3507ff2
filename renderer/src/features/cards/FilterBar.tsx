import { useTranslation } from 'react-i18next';
import type { CardColor } from '../../../../shared/model/workshop';
import { cardColors } from '../../../../shared/model/workshop';
import type { CardFilter } from './card-filter';
import { isFiltering, noFilter } from './card-filter';
import { limits } from '../../../../shared/model/limits';

interface FilterBarProps {
  filter: CardFilter;
  onChange: (filter: CardFilter) => void;
  tags: string[];
  shown: number;
  total: number;
}

/** Search the cards' text, fields and tags; filter by colour or tag. */
export function FilterBar({ filter, onChange, tags, shown, total }: FilterBarProps) {
  const { t } = useTranslation();
  return (
    <div className="filter-bar" role="search">
      <label className="field inline">
        <span>{t('board.search')}</span>
        <input type="search" value={filter.query} maxLength={limits.shortChars} onChange={(e) => onChange({ ...filter, query: e.target.value })} />
      </label>
      <label className="field inline">
        <span>{t('cards.color')}</span>
        <select value={filter.color ?? ''} onChange={(e) => onChange({ ...filter, color: (e.target.value || null) as CardColor | null })}>
          <option value="">{t('board.anyColor')}</option>
          {cardColors.map((c) => (
            <option key={c} value={c}>
              {t(`colors.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {tags.length > 0 && (
        <label className="field inline">
          <span>{t('cards.tags')}</span>
          <select value={filter.tag ?? ''} onChange={(e) => onChange({ ...filter, tag: e.target.value || null })}>
            <option value="">{t('board.anyTag')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
      )}
      {isFiltering(filter) && (
        <>
          <span aria-live="polite">{t('board.shown', { shown, total })}</span>
          <button type="button" onClick={() => onChange(noFilter)}>
            {t('board.clearFilter')}
          </button>
        </>
      )}
    </div>
  );
}
