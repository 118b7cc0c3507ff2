import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';

export interface SizingFigure {
  key: 'per1k' | 'monthly' | 'gpus' | 'memoryGB';
  value: number | null;
  /** The figure in words, with its inputs: becomes the cell's rationale. */
  note: string;
}

/** Copies one figure into a measured criterion's cell of a decision matrix, with the working as rationale. */
export function CopyToMatrix({ figures }: { figures: SizingFigure[] }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const stages = useApp((s) => s.doc?.stages);
  const matrices = (stages ?? []).filter((st): st is StageOf<'matrix'> => st.kind === 'matrix');
  const currentId = useApp((s) => s.doc?.currentStageId);
  const [stageId, setStageId] = useState(matrices.find((m) => m.id === currentId)?.id ?? matrices[0]?.id ?? '');
  const stage = matrices.find((m) => m.id === stageId);
  const measured = stage?.criteria.filter((c) => c.scale === 'measured') ?? [];
  const [optionId, setOptionId] = useState('');
  const [criterionId, setCriterionId] = useState('');
  const [figureKey, setFigureKey] = useState<SizingFigure['key']>('per1k');
  const [done, setDone] = useState('');
  const option = stage?.options.find((o) => o.id === optionId) ?? stage?.options[0];
  const criterion = measured.find((c) => c.id === criterionId) ?? measured[0];
  const figure = figures.find((f) => f.key === figureKey);

  if (!stage) return <p className="hint">{t('sizing.copy.noMatrix')}</p>;
  if (stage.options.length === 0 || measured.length === 0) return <p className="hint">{t('sizing.copy.needMeasured')}</p>;

  const copy = () => {
    if (!option || !criterion || !figure || figure.value === null) return;
    const old = stage.scores.find((s) => s.optionId === option.id && s.criterionId === criterion.id)?.rationale ?? '';
    const rationale = (old ? `${old}\n${figure.note}` : figure.note).slice(0, limits.textChars);
    dispatch({ type: 'matrix/cell-edit', stageId: stage.id, optionId: option.id, criterionId: criterion.id, patch: { value: Math.round(figure.value * 1000) / 1000, rationale } });
    setDone(t('sizing.copy.done', { option: option.name, criterion: criterion.name }));
  };

  return (
    <section className="sizing-section" aria-labelledby="sizing-copy">
      <h3 id="sizing-copy">{t('sizing.copy.title')}</h3>
      <div className="sizing-grid">
        {matrices.length > 1 && (
          <label className="field">
            <span>{t('sizing.copy.matrix')}</span>
            <select value={stage.id} onChange={(e) => setStageId(e.target.value)}>
              {matrices.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{t('sizing.copy.figure')}</span>
          <select value={figureKey} onChange={(e) => setFigureKey(e.target.value as SizingFigure['key'])}>
            {figures.map((f) => (
              <option key={f.key} value={f.key} disabled={f.value === null}>
                {t(`sizing.copy.figures.${f.key}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('sizing.copy.option')}</span>
          <select value={option?.id} onChange={(e) => setOptionId(e.target.value)}>
            {stage.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('sizing.copy.criterion')}</span>
          <select value={criterion?.id} onChange={(e) => setCriterionId(e.target.value)}>
            {measured.map((c) => (
              <option key={c.id} value={c.id}>
                {c.unit ? `${c.name} (${c.unit})` : c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" className="primary" disabled={!figure || figure.value === null} onClick={copy}>
        {t('sizing.copy.action')}
      </button>
      <p role="status" className="sizing-done">
        {done}
      </p>
    </section>
  );
}
