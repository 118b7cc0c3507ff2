/**
 * The decision-matrix maths: pure functions, no DOM, node or React. One concept per file;
 * this module is the public surface the board, the PDF export and the tests use.
 */
export type { AhpResult } from './ahp';
export { acceptableCr, ahpWeights, randomIndex, randomIndexTable } from './ahp';
export type { CellStats, Disagreement } from './blind-stats';
export { cellStats, disagreementLevel, median } from './blind-stats';
export type { InconsistentPair } from './consistency';
export { bestJudgement, mostInconsistentPair } from './consistency';
export type { LibraryCriterion } from './criteria-library';
export { criteriaLibrary, criterionFromLibrary } from './criteria-library';
export { matrixToCsv } from './csv-export';
export type { CsvError, CsvErrorCode, CsvImport, ImportedMatrix } from './csv-import';
export { csvLimits, importMatrixCsv } from './csv-import';
export { mergeImportedMatrix } from './csv-merge';
export type { MatrixEvaluation, PairwiseWeights, RankedOption } from './evaluate';
export { boardWeights, evaluateMatrix, rawScores } from './evaluate';
export type { KnockoutFailure, KnockoutRule } from './knockouts';
export { checkKnockout, knockoutFailures } from './knockouts';
export type { Direction, Scale } from './normalise';
export { normaliseColumn, normaliseMeasured, normaliseRating } from './normalise';
export type { Judgement } from './pairwise-matrix';
export { judgementOf, pairwiseMatrix } from './pairwise-matrix';
export { describeJudgement, nearestSaatyValue, saatyValues } from './saaty-scale';
export type { CriterionSensitivity } from './sensitivity';
export { flipWeights, sensitivity } from './sensitivity';
export { rankOrder, weightedTotals } from './totals';
export { normaliseWeights, withWeight } from './weights';
