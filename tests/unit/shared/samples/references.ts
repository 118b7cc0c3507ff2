import type { Workshop } from '../../../../shared/model/workshop';

/** One id a workshop refers to, where, and what it must name. */
export interface Reference {
  path: string;
  id: string;
  /** The ids it may name. */
  among: ReadonlySet<string>;
}

/**
 * Every reference in a workshop, listed by hand from the model (not by the naming rule re-id
 * uses), each with the set of ids it must name: a check independent of the code under test.
 */
export function references(doc: Workshop): Reference[] {
  const stages = new Set(doc.stages.map((s) => s.id));
  const participants = new Set(doc.participants.map((p) => p.id));
  const adrs = new Set(doc.adrs.map((a) => a.id));
  const cards = new Set<string>();
  const criteria = new Set<string>();
  const options = new Set<string>();
  const items = new Set<string>();
  const dimensions = new Set<string>();
  const risks = new Set<string>();
  for (const s of doc.stages) {
    if (s.kind === 'cards') s.cards.forEach((c) => cards.add(c.id));
    if (s.kind === 'matrix') {
      s.criteria.forEach((c) => criteria.add(c.id));
      s.options.forEach((o) => options.add(o.id));
    }
    if (s.kind === 'checklist') s.items.forEach((x) => items.add(x.id));
    if (s.kind === 'scorecard') s.dimensions.forEach((d) => dimensions.add(d.id));
    if (s.kind === 'risks') s.risks.forEach((r) => risks.add(r.id));
  }
  // What the link pickers offer: a risk follows from cards, options and ADRs; an action from any
  // item of the method (never a stage, a participant or a log entry).
  const riskLinks = new Set([...cards, ...options, ...adrs]);
  const actionLinks = new Set([...cards, ...options, ...criteria, ...items, ...dimensions, ...risks, ...adrs]);
  const refs: Reference[] = [];
  const ref = (path: string, id: string | null, among: ReadonlySet<string>) => id !== null && refs.push({ path, id, among });
  ref('currentStageId', doc.currentStageId, stages);
  [...doc.parkingLot, ...doc.decisions].forEach((e, i) => ref(`log.${i}.stageId`, e.stageId, stages));
  doc.stages.forEach((s, si) => {
    const at = `stages.${si}`;
    if (s.kind === 'cards') {
      const groups = new Set(s.groups.map((g) => g.id));
      const here = new Set(s.cards.map((c) => c.id));
      s.cards.forEach((c, i) => {
        ref(`${at}.cards.${i}.groupId`, c.groupId, groups);
        ref(`${at}.cards.${i}.authorId`, c.authorId, participants);
      });
      s.voting.votes.forEach((v, i) => {
        ref(`${at}.votes.${i}.participantId`, v.participantId, participants);
        ref(`${at}.votes.${i}.cardId`, v.cardId, here);
      });
    }
    if (s.kind === 'matrix') {
      const crit = new Set(s.criteria.map((c) => c.id));
      const opts = new Set(s.options.map((o) => o.id));
      s.criteria.forEach((c, i) => c.linkedCardIds.forEach((id, j) => ref(`${at}.criteria.${i}.linkedCardIds.${j}`, id, cards)));
      Object.keys(s.weighting.direct).forEach((id) => ref(`${at}.weighting.direct`, id, crit));
      s.weighting.pairwise.forEach((p, i) => {
        ref(`${at}.pairwise.${i}.a`, p.a, crit);
        ref(`${at}.pairwise.${i}.b`, p.b, crit);
      });
      [...s.scores, ...s.blindScoring.scores].forEach((c, i) => {
        ref(`${at}.scores.${i}.optionId`, c.optionId, opts);
        ref(`${at}.scores.${i}.criterionId`, c.criterionId, crit);
      });
      s.blindScoring.scores.forEach((c, i) => ref(`${at}.blind.${i}.participantId`, c.participantId, participants));
    }
    if (s.kind === 'risks') s.risks.forEach((r, i) => r.linkedIds.forEach((id, j) => ref(`${at}.risks.${i}.linkedIds.${j}`, id, riskLinks)));
    if (s.kind === 'actions') s.actions.forEach((a, i) => a.linkedIds.forEach((id, j) => ref(`${at}.actions.${i}.linkedIds.${j}`, id, actionLinks)));
  });
  doc.adrs.forEach((a, i) => {
    const at = `adrs.${i}`;
    ref(`${at}.supersededBy`, a.supersededBy, adrs);
    ref(`${at}.matrixStageId`, a.matrixStageId, stages);
    ref(`${at}.chosenOptionId`, a.chosenOptionId, new Set(a.options.map((o) => o.id)));
    a.driverCriterionIds.forEach((id, j) => ref(`${at}.driverCriterionIds.${j}`, id, criteria));
    a.linkedCardIds.forEach((id, j) => ref(`${at}.linkedCardIds.${j}`, id, cards));
    a.options.forEach((o, j) => ref(`${at}.options.${j}.matrixOptionId`, o.matrixOptionId, options));
  });
  return refs;
}

/** The references that name nothing (or the wrong kind of thing). */
export function danglingReferences(doc: Workshop): string[] {
  return references(doc)
    .filter((r) => !r.among.has(r.id))
    .map((r) => `${r.path} → ${r.id}`);
}
