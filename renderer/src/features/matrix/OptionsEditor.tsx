import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { ItemMoveButtons } from './ItemMoveButtons';
import { useRefocus } from './use-refocus';

/** The candidate models and approaches: add, rename, describe, reorder, remove. */
export function OptionsEditor({ stage }: { stage: StageOf<'matrix'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [name, setName] = useState('');
  const refocus = useRefocus();
  const stageId = stage.id;
  const add = () => {
    if (!name.trim()) return;
    dispatch({ type: 'matrix/option-add', stageId, option: { id: newId(), name: name.trim(), description: '' } });
    setName('');
  };

  return (
    <section className="matrix-section" aria-labelledby="matrix-options-heading">
      <h2 id="matrix-options-heading">
        {t('matrix.options.title')} <span className="count">{t('matrix.options.count', { count: stage.options.length })}</span>
      </h2>
      {stage.options.length === 0 && <p className="empty">{t('matrix.options.empty')}</p>}
      <ol className="matrix-items">
        {stage.options.map((o, i) => {
          const label = t('matrix.options.itemLabel', { number: i + 1 });
          return (
            <li key={o.id} className="matrix-item">
              <span className="item-number" aria-hidden="true">{i + 1}</span>
              <div className="item-fields">
                <input
                  className="item-name"
                  aria-label={t('matrix.options.nameOf', { number: i + 1 })}
                  value={o.name}
                  maxLength={limits.shortChars}
                  onChange={(e) => dispatch({ type: 'matrix/option-edit', stageId, optionId: o.id, patch: { name: e.target.value } }, { coalesceKey: `option-name:${o.id}` })}
                />
                <textarea
                  rows={2}
                  aria-label={t('matrix.options.descriptionOf', { number: i + 1 })}
                  placeholder={t('matrix.options.descriptionPlaceholder')}
                  value={o.description}
                  maxLength={limits.textChars}
                  onChange={(e) => dispatch({ type: 'matrix/option-edit', stageId, optionId: o.id, patch: { description: e.target.value } }, { coalesceKey: `option-desc:${o.id}` })}
                />
              </div>
              <ItemMoveButtons
                idPrefix={`option-${o.id}`}
                index={i}
                count={stage.options.length}
                itemLabel={label}
                onMove={(toIndex, buttonId) => (refocus(buttonId), dispatch({ type: 'matrix/option-move', stageId, optionId: o.id, toIndex }))}
                onDelete={() => dispatch({ type: 'matrix/option-delete', stageId, optionId: o.id })}
              />
            </li>
          );
        })}
      </ol>
      <form className="matrix-add" onSubmit={(e) => (e.preventDefault(), add())}>
        <label className="field">
          <span>{t('matrix.options.new')}</span>
          <input value={name} maxLength={limits.shortChars} placeholder={t('matrix.options.newPlaceholder')} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!name.trim()}>
          {t('matrix.options.add')}
        </button>
      </form>
    </section>
  );
}
