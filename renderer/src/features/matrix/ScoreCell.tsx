import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellScore, Criterion, MatrixOption } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { ScoreInput } from './ScoreInput';

/** The "Why?" button's id: the cell dialog gives the keyboard back to it when it closes. */
export const whyButtonId = (optionId: string, criterionId: string) => `why-${optionId}-${criterionId}`;

interface ScoreCellProps {
  stageId: string;
  option: MatrixOption;
  criterion: Criterion;
  cell: CellScore | undefined;
  onOpen: (optionId: string, criterionId: string) => void;
}

/**
 * One agreed score with its rationale. Memoised: an edit replaces only its own cell object (the
 * commands share the rest), so on a 20 × 30 matrix one change re-renders one cell, not 600.
 */
export const ScoreCell = memo(function ScoreCell({ stageId, option: o, criterion: c, cell, onOpen }: ScoreCellProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  return (
    <td className="score-cell">
      <div className="score-line">
        <ScoreInput
          showUnit={false}
          criterion={c}
          value={cell?.value ?? null}
          label={t('matrix.scoring.scoreOf', { option: o.name, criterion: c.name })}
          onChange={(value) => dispatch({ type: 'matrix/cell-edit', stageId, optionId: o.id, criterionId: c.id, patch: { value } }, { coalesceKey: `cell-value:${o.id}:${c.id}` })}
        />
        <button
          type="button"
          id={whyButtonId(o.id, c.id)}
          className={cell?.rationale || cell?.evidence ? 'why has-why' : 'why'}
          aria-label={t('matrix.scoring.rationaleOf', { option: o.name, criterion: c.name })}
          onClick={() => onOpen(o.id, c.id)}
        >
          {t('matrix.scoring.why')}
        </button>
      </div>
      {cell?.rationale && <p className="rationale">{cell.rationale}</p>}
      {cell?.evidence && <p className="evidence">{t('matrix.scoring.evidenceShort', { evidence: cell.evidence })}</p>}
    </td>
  );
});
