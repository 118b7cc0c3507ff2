import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkTarget } from '../../../../shared/actions/link-targets';
import type { Id } from '../../../../shared/model/ids';
import type { Action } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import type { LinkIndex } from './use-link-targets';

interface ActionLinksProps {
  stageId: Id;
  action: Action;
  number: number;
  index: LinkIndex;
}

/** Groups the targets by where they live, in agenda order (decision records last). */
function bySource(targets: readonly LinkTarget[]): [string | null, LinkTarget[]][] {
  const groups = new Map<string | null, LinkTarget[]>();
  for (const target of targets) groups.set(target.source, [...(groups.get(target.source) ?? []), target]);
  return [...groups];
}

/** What an action follows from: chips naming each linked item, and a labelled picker to add one. */
export function ActionLinks({ stageId, action, number, index }: ActionLinksProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [choice, setChoice] = useState('');
  const available = index.targets.filter((x) => !action.linkedIds.includes(x.id));
  const name = (x: LinkTarget) => `${t(`actions.links.kinds.${x.kind}`)} · ${x.label || t('actions.links.untitled')}`;
  const pickerId = `action-${action.id}-link`;
  const link = () => {
    if (!choice) return;
    dispatch({ type: 'actions/link', stageId, actionId: action.id, targetId: choice });
    setChoice('');
  };

  return (
    <div className="action-links">
      {action.linkedIds.length > 0 && (
        <ul className="link-chips" aria-label={t('actions.links.listOf', { number })}>
          {action.linkedIds.map((id) => {
            const target = index.byId.get(id);
            const label = target ? name(target) : t('actions.links.missing');
            return (
              <li key={id} className={`link-chip link-${target?.kind ?? 'missing'}`}>
                <span className="link-chip-text" title={target?.source ?? undefined}>
                  {label}
                </span>
                <button type="button" aria-label={t('actions.links.unlink', { item: label })} onClick={() => dispatch({ type: 'actions/unlink', stageId, actionId: action.id, targetId: id })}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {index.targets.length === 0 ? (
        <p className="field-hint">{t('actions.links.none')}</p>
      ) : (
        <div className="link-picker">
          <select id={pickerId} aria-label={t('actions.links.pickerOf', { number })} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('actions.links.choose')}</option>
            {bySource(available).map(([source, targets]) => (
              <optgroup key={source ?? 'adrs'} label={source ?? t('actions.links.adrs')}>
                {targets.map((x) => (
                  <option key={x.id} value={x.id}>
                    {name(x)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="button" disabled={!choice} onClick={link}>
            {t('actions.links.link')}
            <span className="visually-hidden"> {t('actions.list.itemLabel', { number })}</span>
          </button>
        </div>
      )}
    </div>
  );
}
