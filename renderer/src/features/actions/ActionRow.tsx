import { useTranslation } from 'react-i18next';
import { daysUntil, isOverdue } from '../../../../shared/actions/due';
import type { Id } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { Action } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { ItemMoveButtons } from '../matrix/ItemMoveButtons';
import { ActionLinks } from './ActionLinks';
import type { LinkIndex } from './use-link-targets';

export const actionStatuses = ['todo', 'doing', 'done'] as const;

interface ActionRowProps {
  stageId: Id;
  action: Action;
  /** Position in the whole list (1-based), whatever the filter shows. */
  number: number;
  /** Position and length of the list as shown: ↑ / ↓ move past the neighbours the room can see. */
  shownIndex: number;
  shownCount: number;
  today: string;
  participantsListId: string;
  links: LinkIndex;
  onMove(shownIndex: number, buttonId: string): void;
}

/** One action item: what, who, by when, how far along, late or not, and what it follows from. */
export function ActionRow({ stageId, action: a, number, shownIndex, shownCount, today, participantsListId, links, onMove }: ActionRowProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const edit = (patch: Partial<Action>, coalesce?: string) =>
    dispatch({ type: 'actions/edit', stageId, actionId: a.id, patch }, coalesce ? { coalesceKey: `${coalesce}:${a.id}` } : undefined);
  const overdue = isOverdue(a, today);
  const days = daysUntil(a.due, today);
  const dueNote = overdue && days !== null ? t('actions.list.overdue', { count: -days }) : a.status !== 'done' && days === 0 ? t('actions.list.dueToday') : null;

  return (
    <li className={`action-row status-${a.status}${overdue ? ' overdue' : ''}`}>
      <span className="row-number" aria-hidden="true">
        {number}
      </span>
      <div className="action-head">
        <input
          className="action-title"
          aria-label={t('actions.list.titleOf', { number })}
          placeholder={t('actions.list.titlePlaceholder')}
          value={a.title}
          maxLength={limits.shortChars}
          onChange={(e) => edit({ title: e.target.value }, 'action-title')}
        />
        <select
          className={`action-status status-${a.status}`}
          aria-label={t('actions.list.statusOf', { number })}
          value={a.status}
          onChange={(e) => edit({ status: actionStatuses.find((s) => s === e.target.value) ?? a.status })}
        >
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`actions.status.${s}`)}
            </option>
          ))}
        </select>
        <ItemMoveButtons
          idPrefix={`action-${a.id}`}
          index={shownIndex}
          count={shownCount}
          itemLabel={t('actions.list.itemLabel', { number })}
          onMove={onMove}
          onDelete={() => dispatch({ type: 'actions/delete', stageId, actionId: a.id })}
        />
      </div>
      <div className="action-meta">
        <label className="inline-field">
          <span>{t('actions.list.owner')}</span>
          <input
            className="action-owner"
            list={participantsListId}
            aria-label={t('actions.list.ownerOf', { number })}
            placeholder={t('actions.list.ownerPlaceholder')}
            value={a.owner}
            maxLength={limits.shortChars}
            onChange={(e) => edit({ owner: e.target.value }, 'action-owner')}
          />
        </label>
        <label className="inline-field">
          <span>{t('actions.list.due')}</span>
          <input
            type="date"
            className="action-due"
            aria-label={t('actions.list.dueOf', { number })}
            value={a.due}
            onChange={(e) => edit({ due: e.target.value }, 'action-due')}
          />
        </label>
        {dueNote && (
          <span className={`due-note${overdue ? ' late' : ''}`}>
            {overdue && <span aria-hidden="true">⚠ </span>}
            {dueNote}
          </span>
        )}
      </div>
      <ActionLinks stageId={stageId} action={a} number={number} index={links} />
    </li>
  );
}
