import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { useRefocus } from '../matrix/use-refocus';
import { DimensionRow } from './DimensionRow';

/** The dimensions of the feasibility call: score each, set or accept its status, add the room's own. */
export function DimensionsList({ stage }: { stage: StageOf<'scorecard'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const refocus = useRefocus();
  const [name, setName] = useState('');
  const stageId = stage.id;
  const add = () => {
    if (!name.trim()) return;
    dispatch({
      type: 'scorecard/dimension-add',
      stageId,
      dimension: { id: newId(), key: 'custom', name: name.trim(), description: '', score: null, status: null, evidence: '' },
    });
    setName('');
  };

  return (
    <section className="scorecard-section" aria-labelledby="scorecard-dimensions-heading">
      <h2 id="scorecard-dimensions-heading">
        {t('scorecard.dimensions.heading')} <span className="count">{t('scorecard.dimensions.count', { count: stage.dimensions.length })}</span>
        <small className="scale-hint">{t('scorecard.dimensions.scoreHint')}</small>
      </h2>
      {stage.dimensions.length === 0 && <p className="empty">{t('scorecard.dimensions.empty')}</p>}
      <ol className="dimension-list">
        {stage.dimensions.map((d, i) => (
          <DimensionRow
            key={d.id}
            stageId={stageId}
            dimension={d}
            index={i}
            count={stage.dimensions.length}
            onMove={(toIndex, buttonId) => (refocus(buttonId), dispatch({ type: 'scorecard/dimension-move', stageId, dimensionId: d.id, toIndex }))}
          />
        ))}
      </ol>
      <form className="scorecard-add" onSubmit={(e) => (e.preventDefault(), add())}>
        <label className="field">
          <span>{t('scorecard.dimensions.new')}</span>
          <input value={name} maxLength={limits.shortChars} placeholder={t('scorecard.dimensions.newPlaceholder')} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!name.trim()}>
          {t('scorecard.dimensions.add')}
        </button>
      </form>
    </section>
  );
}
