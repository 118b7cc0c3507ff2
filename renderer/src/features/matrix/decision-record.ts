import type { TFunction } from 'i18next';
import type { KnockoutFailure, MatrixEvaluation } from '../../../../shared/matrix';
import type { Adr, Participant, StageOf } from '../../../../shared/model/workshop';

interface DecisionRecordArgs {
  /** Translations fixed to the workshop's content language (the record is content, not UI). */
  t: TFunction;
  stage: StageOf<'matrix'>;
  evaluation: MatrixEvaluation;
  participants: readonly Participant[];
  makeId: () => string;
  /** YYYY-MM-DD */
  date: string;
}

const percent = (w: number) => `${Math.round(w * 1000) / 10} %`;
const total = (x: number) => (Math.round(x * 1000) / 10).toFixed(1);

/**
 * A proposed ADR pre-filled from the matrix: the winner as the decision, every option linked to its
 * matrix option with pros and cons taken from the cells' rationales (strong cells → pros, weak
 * cells and failed knock-outs → cons), the criteria as drivers, and the sensitivity in the outcome.
 * Null when nothing is ranked yet.
 */
export function decisionRecord({ t, stage, evaluation, participants, makeId, date }: DecisionRecordArgs): Adr | null {
  const first = evaluation.ranking[0];
  if (!first) return null;
  const optionName = (id: string | null) => stage.options.find((o) => o.id === id)?.name ?? '';
  const criterionName = (id: string) => stage.criteria.find((c) => c.id === id)?.name ?? '';
  const cell = new Map(stage.scores.map((s) => [`${s.optionId}:${s.criterionId}`, s]));
  const failuresOf = new Map(evaluation.excluded.map((e) => [e.optionId, e.failures]));
  const failureText = (f: KnockoutFailure) =>
    t(`matrix.adr.knockout.${f.reason}`, { criterion: criterionName(f.criterionId), value: f.value ?? '', threshold: f.threshold });

  const options = stage.options.map((o, i) => {
    const lines = (keep: (n: number) => boolean) =>
      stage.criteria.flatMap((c, k) => {
        const n = evaluation.normalised[i]?.[k];
        if (n === null || n === undefined || !keep(n)) return [];
        const s = cell.get(`${o.id}:${c.id}`);
        return [`- ${c.name}: ${s?.rationale.trim() || t('matrix.adr.scored', { value: s?.value ?? '' })}`];
      });
    const cons = [...(failuresOf.get(o.id) ?? []).map((f) => `- ${failureText(f)}`), ...lines((n) => n <= 0.25)];
    return { id: makeId(), title: o.name, matrixOptionId: o.id, pros: lines((n) => n >= 0.75).join('\n'), cons: cons.join('\n') };
  });
  const chosen = options[stage.options.findIndex((o) => o.id === first.optionId)];
  const second = evaluation.ranking[1];

  const flips = evaluation.sensitivity.flatMap((s) => {
    const parts = [];
    if (s.up !== null) parts.push(t('matrix.adr.flipUp', { criterion: criterionName(s.criterionId), delta: Math.round(s.up * 1000) / 10, option: optionName(s.upWinner) }));
    if (s.down !== null) parts.push(t('matrix.adr.flipDown', { criterion: criterionName(s.criterionId), delta: Math.round(s.down * 1000) / 10, option: optionName(s.downWinner) }));
    return parts;
  });
  const pairwise = evaluation.pairwise;
  const context = [
    t('matrix.adr.context', { stage: stage.title, options: stage.options.length, criteria: stage.criteria.length }),
    pairwise ? t('matrix.adr.pairwise', { cr: pairwise.cr.toFixed(2) }) : t('matrix.adr.direct'),
    ...evaluation.excluded.map((e) => t('matrix.adr.excluded', { option: optionName(e.optionId), reasons: e.failures.map(failureText).join('; ') })),
  ].join('\n\n');

  return {
    id: makeId(),
    // adr/add gives it the next free number.
    number: 1,
    title: t('matrix.adr.title', { option: optionName(first.optionId) }),
    status: 'proposed',
    supersededBy: null,
    date,
    deciders: participants.map((p) => p.name),
    context,
    driverCriterionIds: stage.criteria.map((c) => c.id),
    drivers: stage.criteria.map((c, k) => `- ${c.name} (${percent(evaluation.weights[k] ?? 0)})${c.knockout !== null ? ` — ${t('matrix.adr.mustHave')}` : ''}`).join('\n'),
    options,
    chosenOptionId: chosen?.id ?? null,
    outcome: [
      second
        ? t('matrix.adr.outcome', { option: optionName(first.optionId), total: total(first.total), second: optionName(second.optionId), secondTotal: total(second.total) })
        : t('matrix.adr.outcomeAlone', { option: optionName(first.optionId), total: total(first.total) }),
      flips.length > 0 ? t('matrix.adr.sensitivity', { flips: flips.join('; ') }) : t('matrix.adr.robust'),
    ].join('\n\n'),
    consequences: '',
    matrixStageId: stage.id,
    linkedCardIds: [...new Set(stage.criteria.flatMap((c) => c.linkedCardIds))].slice(0, 200),
  };
}
