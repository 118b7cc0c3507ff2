import { useTranslation } from 'react-i18next';
import type { CriterionPatch } from '../../../../shared/commands';
import { limits } from '../../../../shared/model/limits';
import type { Criterion } from '../../../../shared/model/workshop';
import { EnumSelect } from '../../app/EnumSelect';
import { useApp } from '../../store/context';
import { ItemMoveButtons } from './ItemMoveButtons';
import { PainPointLinks } from './PainPointLinks';

interface CriterionRowProps {
  stageId: string;
  criterion: Criterion;
  index: number;
  count: number;
  onMove: (toIndex: number, buttonId: string) => void;
}

const directions = ['benefit', 'cost'] as const;
const scales = ['rating', 'measured'] as const;

/** One criterion: name, description, benefit or cost, rating or measured value, unit, knock-out, pain points. */
export function CriterionRow({ stageId, criterion: c, index, count, onMove }: CriterionRowProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const number = index + 1;
  const edit = (patch: CriterionPatch, key?: string) =>
    dispatch({ type: 'matrix/criterion-edit', stageId, criterionId: c.id, patch }, key ? { coalesceKey: `${key}:${c.id}` } : {});
  const suffix = t('matrix.criteria.ofItem', { number });
  const of = (key: string) => `${t(`matrix.criteria.${key}`)}${suffix}`;
  /** A visible label whose accessible name also says which criterion. */
  const labelText = (key: string) => (
    <span>
      {t(`matrix.criteria.${key}`)}
      <span className="visually-hidden">{suffix}</span>
    </span>
  );
  const knockoutDefault = c.scale === 'rating' ? (c.direction === 'benefit' ? 4 : 2) : 0;

  return (
    <li className="matrix-item criterion-item">
      <span className="item-number" aria-hidden="true">{number}</span>
      <div className="item-fields">
        <input className="item-name" aria-label={of('name')} value={c.name} maxLength={limits.shortChars} onChange={(e) => edit({ name: e.target.value }, 'crit-name')} />
        <textarea
          rows={2}
          aria-label={of('description')}
          placeholder={t('matrix.criteria.descriptionPlaceholder')}
          value={c.description}
          maxLength={limits.textChars}
          onChange={(e) => edit({ description: e.target.value }, 'crit-desc')}
        />
        <div className="criterion-settings">
          <label className="field inline">
            {labelText('direction')}
            <EnumSelect values={directions} value={c.direction} onChange={(direction) => edit({ direction })} optionLabel={(d) => t(`matrix.direction.${d}`)} />
          </label>
          <label className="field inline">
            {labelText('scale')}
            <EnumSelect values={scales} value={c.scale} onChange={(scale) => edit({ scale })} optionLabel={(s) => t(`matrix.scale.${s}`)} />
          </label>
          <label className="field inline">
            {labelText('unit')}
            <input className="unit-input" value={c.unit} maxLength={limits.shortChars} onChange={(e) => edit({ unit: e.target.value }, 'crit-unit')} />
          </label>
          <label className="choice knockout-toggle">
            <input type="checkbox" checked={c.knockout !== null} onChange={(e) => edit({ knockout: e.target.checked ? knockoutDefault : null })} />
            {labelText('knockout')}
          </label>
          {c.knockout !== null && (
            <label className="field inline">
              {labelText(c.direction === 'benefit' ? 'atLeast' : 'atMost')}
              <input
                type="number"
                className="threshold-input"
                value={c.knockout}
                step="any"
                onChange={(e) => e.target.value !== '' && edit({ knockout: Number(e.target.value) }, 'crit-ko')}
              />
              {c.unit && <span className="unit">{c.unit}</span>}
            </label>
          )}
        </div>
        <PainPointLinks stageId={stageId} criterion={c} number={number} />
      </div>
      <ItemMoveButtons
        idPrefix={`criterion-${c.id}`}
        index={index}
        count={count}
        itemLabel={t('matrix.criteria.itemLabel', { number })}
        onMove={onMove}
        onDelete={() => dispatch({ type: 'matrix/criterion-delete', stageId, criterionId: c.id })}
      />
    </li>
  );
}
