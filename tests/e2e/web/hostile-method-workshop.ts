import { serializeWorkshop } from '../../../shared/model/codec';
import { createWorkshop } from '../../../shared/model/templates';
import type { Stage, Workshop } from '../../../shared/model/workshop';
import { allHostile, hostile } from './security-helpers';

/**
 * A workshop file whose method boards carry the hostile payloads in every free-text field a file
 * can hold: matrix options, criteria, rationales and evidence; feasibility evidence, override and
 * pilot plan; risks; actions, monitoring and cadence. Rendered anywhere as HTML, one would run.
 */
export function hostileMethodWorkshop(): Workshop {
  let n = 0;
  const id = () => `m${++n}`;
  const doc = createWorkshop({ template: 'llm-landing', title: '恶意方法板 hostile boards', language: 'en', now: '2026-03-01T09:00:00.000Z', makeId: id });
  const all = allHostile.join('\n');
  const stages = doc.stages.map((stage): Stage => {
    switch (stage.kind) {
      case 'matrix': {
        const options = allHostile.slice(0, 3).map((name) => ({ id: id(), name, description: all }));
        const criteria = [hostile.script, hostile.svg].map((name, i) => ({
          id: id(),
          name,
          description: all,
          direction: i === 0 ? ('benefit' as const) : ('cost' as const),
          scale: 'rating' as const,
          unit: hostile.iframe,
          knockout: null,
          libraryKey: null,
          linkedCardIds: [],
        }));
        const scores = options.flatMap((o, i) =>
          criteria.map((c, j) => ({ optionId: o.id, criterionId: c.id, value: ((i + j) % 5) + 1, rationale: allHostile[(i + j) % allHostile.length] ?? all, evidence: hostile.jsLink })),
        );
        const direct = Object.fromEntries(criteria.map((c) => [c.id, 50]));
        return { ...stage, options, criteria, scores, weighting: { mode: 'direct', direct, pairwise: [] } };
      }
      case 'scorecard':
        return {
          ...stage,
          dimensions: stage.dimensions.map((d, i) => ({ ...d, score: 4, evidence: allHostile[i % allHostile.length] ?? all })),
          override: { verdict: 'pilot', reason: all },
          pilot: { scope: hostile.img, metrics: hostile.script, duration: hostile.svg, data: hostile.iframe, team: hostile.styleLeak, exitCriteria: hostile.markdownLink },
        };
      case 'risks':
        return {
          ...stage,
          risks: allHostile.map((title, i) => ({
            id: id(),
            title,
            description: all,
            category: (['technical', 'compute', 'privacy', 'explainability', 'scenario-fit', 'compliance', 'custom'] as const)[i % 7] ?? 'custom',
            likelihood: (i % 5) + 1,
            impact: ((i + 2) % 5) + 1,
            owner: hostile.iframe,
            mitigation: all,
            status: 'open' as const,
            linkedIds: [],
          })),
        };
      case 'actions':
        return {
          ...stage,
          actions: allHostile.map((title, i) => ({ id: id(), title, owner: hostile.svg, due: '2026-04-01', status: i % 2 ? ('doing' as const) : ('todo' as const), linkedIds: [] })),
          monitoring: [{ id: id(), metric: hostile.img, threshold: hostile.script, watcher: hostile.styleLeak }],
          feedbackChannels: all,
          cadence: hostile.markdownLink,
        };
      default:
        return stage;
    }
  });
  return { ...doc, stages };
}

export function hostileMethodWorkshopFile(): string {
  return serializeWorkshop(hostileMethodWorkshop());
}
