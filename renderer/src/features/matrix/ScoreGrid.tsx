import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { CellDialog } from './CellDialog';
import { ScoreCell, whyButtonId } from './ScoreCell';

/** The agreed scores, options × criteria, each with its rationale and evidence a click (or Enter) away. */
export function ScoreGrid({ stage }: { stage: StageOf<'matrix'> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ optionId: string; criterionId: string } | null>(null);
  const onOpen = useCallback((optionId: string, criterionId: string) => setOpen({ optionId, criterionId }), []);
  const cells = new Map(stage.scores.map((s) => [`${s.optionId}:${s.criterionId}`, s]));
  const openOption = stage.options.find((o) => o.id === open?.optionId);
  const openCriterion = stage.criteria.find((c) => c.id === open?.criterionId);
  // A score change leaves the criteria alone: the header row is not rebuilt for it.
  const { criteria } = stage;
  const header = useMemo(
    () => (
      <thead>
        <tr>
          <th scope="col">{t('matrix.options.title')}</th>
          {criteria.map((c) => (
            <th key={c.id} scope="col">
              {c.name}
              <small className="criterion-meta">
                {t(`matrix.directionShort.${c.direction}`)}
                {c.unit && ` · ${c.unit}`}
                {c.knockout !== null && ` · ${t(c.direction === 'benefit' ? 'matrix.scoring.mustAtLeast' : 'matrix.scoring.mustAtMost', { value: c.knockout })}`}
              </small>
            </th>
          ))}
        </tr>
      </thead>
    ),
    [criteria, t],
  );

  return (
    <>
      <div className="table-scroll">
        <table className="matrix-table score-grid">
          <caption>{t('matrix.scoring.gridCaption')}</caption>
          {header}
          <tbody>
            {stage.options.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                {stage.criteria.map((c) => (
                  <ScoreCell key={c.id} stageId={stage.id} option={o} criterion={c} cell={cells.get(`${o.id}:${c.id}`)} onOpen={onOpen} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && openOption && openCriterion && (
        <CellDialog
          stageId={stage.id}
          option={openOption}
          criterion={openCriterion}
          cell={cells.get(`${open.optionId}:${open.criterionId}`)}
          onClose={() => {
            setOpen(null);
            requestAnimationFrame(() => document.getElementById(whyButtonId(open.optionId, open.criterionId))?.focus());
          }}
        />
      )}
    </>
  );
}
