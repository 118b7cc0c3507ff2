import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../../shared/model/iso-date';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { Action, StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { useRefocus } from '../matrix/use-refocus';
import { useNow } from '../timer/use-now';
import { ActionRow, actionStatuses } from './ActionRow';
import { useLinkTargets } from './use-link-targets';

type Filter = Action['status'] | 'all';

/** The action items: filter by status, add, edit in place, reorder, delete. */
export function ActionsList({ stage, participantsListId }: { stage: StageOf<'actions'>; participantsListId: string }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const refocus = useRefocus();
  const links = useLinkTargets();
  const today = isoDate(new Date(useNow(60_000)));
  const [filter, setFilter] = useState<Filter>('all');
  const [title, setTitle] = useState('');
  const stageId = stage.id;
  const shown = filter === 'all' ? stage.actions : stage.actions.filter((a) => a.status === filter);
  const count = (f: Filter) => (f === 'all' ? stage.actions.length : stage.actions.filter((a) => a.status === f).length);

  const add = () => {
    if (!title.trim()) return;
    const status = filter === 'all' ? 'todo' : filter;
    dispatch({ type: 'actions/add', stageId, action: { id: newId(), title: title.trim(), owner: '', due: '', status, linkedIds: [] } });
    setTitle('');
  };
  /** Moves past the neighbour the room can see, wherever it sits in the whole list. */
  const move = (action: Action, toShown: number, buttonId: string) => {
    const neighbour = shown[toShown];
    if (!neighbour) return;
    refocus(buttonId);
    dispatch({ type: 'actions/move', stageId, actionId: action.id, toIndex: stage.actions.indexOf(neighbour) });
  };

  return (
    <section className="actions-section" aria-labelledby="actions-heading">
      <div className="actions-section-head">
        <h2 id="actions-heading">
          {t('actions.list.heading')} <span className="count">{t('actions.list.count', { count: stage.actions.length })}</span>
        </h2>
        <div className="status-filters" role="group" aria-label={t('actions.list.filterLabel')}>
          {(['all', ...actionStatuses] as const).map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {f === 'all' ? t('actions.list.all') : t(`actions.status.${f}`)} ({count(f)})
            </button>
          ))}
        </div>
      </div>
      {shown.length === 0 && <p className="empty">{stage.actions.length === 0 ? t('actions.list.empty') : t('actions.list.noneWithStatus')}</p>}
      <ol className="action-list">
        {shown.map((a, i) => (
          <ActionRow
            key={a.id}
            stageId={stageId}
            action={a}
            number={stage.actions.indexOf(a) + 1}
            shownIndex={i}
            shownCount={shown.length}
            today={today}
            participantsListId={participantsListId}
            links={links}
            onMove={(to, buttonId) => move(a, to, buttonId)}
          />
        ))}
      </ol>
      <form className="actions-add" onSubmit={(e) => (e.preventDefault(), add())}>
        <label className="field">
          <span>{t('actions.list.new')}</span>
          <input value={title} maxLength={limits.shortChars} placeholder={t('actions.list.newPlaceholder')} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!title.trim()}>
          {t('actions.list.add')}
        </button>
      </form>
    </section>
  );
}
