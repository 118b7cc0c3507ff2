import { memo } from 'react';
import type { CellScore, Criterion, MatrixOption } from '../../../../shared/model/workshop';
import { ScoreCell } from './ScoreCell';
import { sameCells } from './score-rows';

interface ScoreRowProps {
  stageId: string;
  option: MatrixOption;
  criteria: readonly Criterion[];
  /** This option's agreed scores. */
  cells: readonly CellScore[];
  onOpen: (optionId: string, criterionId: string) => void;
}

/**
 * One option's row of the score grid. Memoised on the identity of its cells, so a score typed in
 * one row re-renders that row only, not every row of a 20 × 30 grid.
 */
export const ScoreRow = memo(
  function ScoreRow({ stageId, option, criteria, cells, onOpen }: ScoreRowProps) {
    const byCriterion = new Map(cells.map((s) => [s.criterionId, s]));
    return (
      <tr>
        <th scope="row">{option.name}</th>
        {criteria.map((c) => (
          <ScoreCell key={c.id} stageId={stageId} option={option} criterion={c} cell={byCriterion.get(c.id)} onOpen={onOpen} />
        ))}
      </tr>
    );
  },
  (before, after) =>
    before.stageId === after.stageId &&
    before.option === after.option &&
    before.criteria === after.criteria &&
    before.onOpen === after.onOpen &&
    sameCells(before.cells, after.cells),
);
