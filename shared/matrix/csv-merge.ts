import type { CellScore, Criterion, MatrixBoard, MatrixOption } from '../model/matrix';
import type { ImportedMatrix } from './csv-import';

/**
 * An imported CSV applied to a board. Options and criteria are matched by name (case and
 * surrounding spaces ignored), so a matrix exported, edited in a spreadsheet and imported again keeps
 * its ids, and with them rationales, evidence, pain-point links, pairwise judgements and blind
 * scores. What the file does not have is removed; what it adds gets a new id from `makeId`.
 * Weights become direct points (the file's percentages).
 */
export function mergeImportedMatrix(board: MatrixBoard, imported: ImportedMatrix, makeId: () => string): MatrixBoard {
  const fold = (s: string) => s.trim().toLowerCase();
  const oldOption = new Map(board.options.map((o) => [fold(o.name), o]));
  const oldCriterion = new Map(board.criteria.map((c) => [fold(c.name), c]));

  const options: MatrixOption[] = imported.options.map((o) => {
    const old = oldOption.get(fold(o.name));
    return { id: old?.id ?? makeId(), name: o.name, description: o.description };
  });
  const criteria: Criterion[] = imported.criteria.map((c) => {
    const old = oldCriterion.get(fold(c.name));
    return {
      id: old?.id ?? makeId(),
      name: c.name,
      description: old?.description ?? '',
      direction: c.direction,
      scale: c.scale,
      unit: c.unit,
      knockout: c.knockout,
      libraryKey: old?.libraryKey ?? null,
      linkedCardIds: old?.linkedCardIds ?? [],
    };
  });

  const optionIds = new Set(options.map((o) => o.id));
  const criterionIds = new Set(criteria.map((c) => c.id));
  const oldCell = new Map(board.scores.map((s) => [`${s.optionId}\u0000${s.criterionId}`, s]));
  const scores: CellScore[] = options.flatMap((o, i) =>
    criteria.flatMap((c, k) => {
      const value = imported.values[i]?.[k] ?? null;
      const old = oldCell.get(`${o.id}\u0000${c.id}`);
      if (value === null && !old?.rationale && !old?.evidence) return [];
      return [{ optionId: o.id, criterionId: c.id, value, rationale: old?.rationale ?? '', evidence: old?.evidence ?? '' }];
    }),
  );

  return {
    options,
    criteria,
    weighting: {
      mode: 'direct',
      direct: Object.fromEntries(criteria.map((c, k) => [c.id, imported.criteria[k]?.weight ?? 0])),
      pairwise: board.weighting.pairwise.filter((j) => criterionIds.has(j.a) && criterionIds.has(j.b)),
    },
    scores,
    blindScoring: {
      ...board.blindScoring,
      scores: board.blindScoring.scores.filter((s) => optionIds.has(s.optionId) && criterionIds.has(s.criterionId)),
    },
  };
}
