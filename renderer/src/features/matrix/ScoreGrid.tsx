import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { CellDialog } from './CellDialog';
import { whyButtonId } from './ScoreCell';
import { ScoreRow } from './ScoreRow';
import { scoresByOption } from './score-rows';

/** The agreed scores, options × criteria, each with its rationale and evidence a click (or Enter) away. */
export function ScoreGrid({ stage }: { stage: StageOf<'matrix'> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ optionId: string; criterionId: string } | null>(null);
  const onOpen = useCallback((optionId: string, criterionId: string) => setOpen({ optionId, criterionId }), []);
  const rowCells = scoresByOption(stage.scores);
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
              <ScoreRow key={o.id} stageId={stage.id} option={o} criteria={criteria} cells={rowCells(o.id)} onOpen={onOpen} />
            ))}
          </tbody>
        </table>
      </div>
      {open && openOption && openCriterion && (
        <CellDialog
          stageId={stage.id}
          option={openOption}
          criterion={openCriterion}
          cell={rowCells(open.optionId).find((s) => s.criterionId === open.criterionId)}
          onClose={() => {
            setOpen(null);
            requestAnimationFrame(() => document.getElementById(whyButtonId(open.optionId, open.criterionId))?.focus());
          }}
        />
      )}
    </>
  );
}
