import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ItemMoveButtonsProps {
  /** Prefix of the buttons' ids, unique per item (focus returns to them after a move). */
  idPrefix: string;
  index: number;
  count: number;
  /** e.g. "option 2" / "标准 3": used in the buttons' accessible names. */
  itemLabel: string;
  /** Null while the list cannot be reordered (sorted or filtered): ↑ and ↓ are disabled. */
  onMove: ((toIndex: number, buttonId: string) => void) | null;
  onDelete: () => void;
  /** The group's class; `row-actions` unless the board styles its own. */
  className?: string;
  /** More buttons for the item, between ↓ and delete. */
  children?: ReactNode;
}

/** ↑ ↓ and delete for one item of an ordered list, each with a name that says which item. */
export function ItemMoveButtons({ idPrefix, index, count, itemLabel, onMove, onDelete, className = 'row-actions', children }: ItemMoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <button
        type="button"
        id={`${idPrefix}-up`}
        disabled={!onMove || index === 0}
        aria-label={t('matrix.moveUp', { item: itemLabel })}
        onClick={() => onMove?.(index - 1, `${idPrefix}-${index - 1 === 0 ? 'down' : 'up'}`)}
      >
        ↑
      </button>
      <button
        type="button"
        id={`${idPrefix}-down`}
        disabled={!onMove || index >= count - 1}
        aria-label={t('matrix.moveDown', { item: itemLabel })}
        onClick={() => onMove?.(index + 1, `${idPrefix}-${index + 1 === count - 1 ? 'up' : 'down'}`)}
      >
        ↓
      </button>
      {children}
      <button type="button" className="danger" aria-label={t('matrix.deleteItem', { item: itemLabel })} onClick={onDelete}>
        {t('common.delete')}
      </button>
    </div>
  );
}
