import type { MatrixEvaluation } from '../../../../shared/matrix';
import { evaluateMatrix } from '../../../../shared/matrix';
import type { Language, StageOf, Workshop } from '../../../../shared/model/workshop';
import { pdfText } from './strings';

export type MatrixStage = StageOf<'matrix'>;

/** A 0 … 1 total as a whole per cent in the PDF's language: "78 %" / "78%". */
export const percentText = (fraction: number, language: Language): string => pdfText(language, 'percent', { n: Math.round(fraction * 100) });

/** The matrix evaluated, with option and criterion names by id. Null when it has no options. */
export interface MatrixResult {
  stage: MatrixStage;
  evaluation: MatrixEvaluation;
  optionName: (id: string | null) => string;
  criterionName: (id: string) => string;
}

export function matrixResult(stage: MatrixStage): MatrixResult | null {
  if (stage.options.length === 0) return null;
  const names = new Map(stage.options.map((o) => [o.id, o.name] as const));
  const criteria = new Map(stage.criteria.map((c) => [c.id, c.name] as const));
  return {
    stage,
    evaluation: evaluateMatrix(stage),
    optionName: (id) => (id === null ? '' : (names.get(id) ?? '')),
    criterionName: (id) => criteria.get(id) ?? '',
  };
}

/** The workshop's decision matrices, in stage order. */
export const matrixStages = (doc: Workshop): MatrixStage[] => doc.stages.filter((s): s is MatrixStage => s.kind === 'matrix');

/** The first matrix with a ranked winner: what the executive summary recommends. */
export function recommended(doc: Workshop): { name: string; total: number } | null {
  for (const stage of matrixStages(doc)) {
    const result = matrixResult(stage);
    const top = result?.evaluation.ranking[0];
    if (result && top && top.total > 0) return { name: result.optionName(top.optionId), total: top.total };
  }
  return null;
}
