import type { Criterion, ParticipantScore, StageOf } from '../../model/workshop';
import { pairwiseJudgements, scoreRow, stageBase } from '../helpers';

/** Contract review assistant (en), stage 3: four options × eight criteria, pairwise weights, agreed scores. */

export const options = {
  api: 'cr-o-api',
  deepseek: 'cr-o-deepseek',
  mistral: 'cr-o-mistral7b',
  rag: 'cr-o-rag-llama70b',
} as const;

export const criteria = {
  accuracy: 'cr-k-accuracy',
  trace: 'cr-k-trace',
  confidential: 'cr-k-confidential',
  cost: 'cr-k-cost',
  latency: 'cr-k-latency',
  context: 'cr-k-context',
  licence: 'cr-k-licence',
  effort: 'cr-k-effort',
} as const;

const rating = { scale: 'rating' as const, unit: '', knockout: null, linkedCardIds: [] as string[] };

const criterionList: Criterion[] = [
  { ...rating, id: criteria.accuracy, name: 'Clause-level accuracy', direction: 'benefit', libraryKey: 'quality', linkedCardIds: ['cr-c-p-deviation', 'cr-c-p-playbook'],
    description: 'Deviations from the playbook found correctly on our gold set of 150 supplier contracts, judged by legal.' },
  { ...rating, id: criteria.trace, name: 'Traceability to clause and playbook', direction: 'benefit', libraryKey: 'explainability', linkedCardIds: ['cr-c-p-trust'],
    description: 'Every finding points to the clause in the contract and the playbook position it breaks, so a lawyer can check it in seconds.' },
  { ...rating, id: criteria.confidential, name: 'Confidentiality & EU data residency', direction: 'benefit', libraryKey: 'residency', knockout: 4, linkedCardIds: ['cr-c-p-shadow'],
    description: 'Must-have (≥ 4): contracts are processed in our EU tenant or data centre, with no retention or training by a vendor.' },
  { ...rating, id: criteria.cost, name: 'Cost per 1,000 requests', direction: 'cost', libraryKey: 'cost', scale: 'measured', unit: 'EUR / 1,000 requests',
    description: 'Inference, hosting (GPUs over 3 years) and licences; one request is one clause check of about 6,000 tokens in and out.' },
  { ...rating, id: criteria.latency, name: 'Latency (p95)', direction: 'cost', libraryKey: 'latency', scale: 'measured', unit: 'ms',
    description: 'Time to answer one clause check, measured in the proof of concept at 10 concurrent users.' },
  { ...rating, id: criteria.context, name: 'Context length', direction: 'benefit', libraryKey: 'context', scale: 'measured', unit: 'K tokens', linkedCardIds: ['cr-c-p-deviation'],
    description: 'Longest input served well on the planned hardware; a master agreement with schedules runs to 60–90K tokens.' },
  { ...rating, id: criteria.licence, name: 'Licence', direction: 'benefit', libraryKey: 'licence',
    description: 'Does the licence allow our commercial use and modification without surprises (5 = clearly permitted).' },
  { ...rating, id: criteria.effort, name: 'Operational effort', direction: 'cost', libraryKey: null,
    description: 'How hard it is for our IT team to run and update (5 = very hard; lower is better).' },
];

export function technologyStage(): StageOf<'matrix'> {
  const c = criteria;
  return {
    ...stageBase('technology', 'en', 'cr-st-tech', 79, 5),
    kind: 'matrix',
    options: [
      { id: options.api, name: 'Hosted frontier model API (public endpoint)', description: 'A leading commercial model through the vendor’s public API; best raw quality, fastest start; processing outside the EU, 30-day retention for abuse monitoring.' },
      { id: options.deepseek, name: 'DeepSeek-V3 self-hosted (prompting only)', description: 'Open weights on 8 × H100 in our Frankfurt colocation; the playbook goes into the prompt, no retrieval.' },
      { id: options.mistral, name: 'Fine-tuned Mistral-7B clause classifier', description: 'Mistral-7B with LoRA, trained on 9,000 labelled clauses to classify deviations; templated explanations; one L40S.' },
      { id: options.rag, name: 'RAG over Llama 3.3 70B (self-hosted)', description: 'Llama 3.3 70B Instruct on 2 × H100, retrieving from the playbook and the approved clause library; each finding cites both.' },
    ],
    criteria: criterionList,
    weighting: {
      mode: 'pairwise',
      direct: {},
      pairwise: pairwiseJudgements([
        [c.accuracy, 0.25], [c.confidential, 0.2], [c.trace, 0.18], [c.context, 0.1],
        [c.cost, 0.08], [c.licence, 0.07], [c.effort, 0.07], [c.latency, 0.05],
      ]),
    },
    scores: [
      ...scoreRow(options.api, [
        [c.accuracy, 5, 'Found 92 % of the deviations on the gold set, the best result.', 'PoC run 2026-04-09, 150 contracts'],
        [c.trace, 3, 'Quotes clauses when asked, but cites the playbook loosely.'],
        [c.confidential, 2, 'Public endpoint, processing outside the EU and 30-day retention: fails the must-have.', 'DPO assessment DPA-2026-014'],
        [c.cost, 9.5, 'List price at about 6,000 tokens per request.', 'Vendor price list, April 2026'],
        [c.latency, 6800, 'Network round trip plus long outputs.', 'PoC, 10 concurrent users'],
        [c.context, 128, 'Whole master agreements fit.'],
        [c.licence, 4, 'Commercial terms acceptable; output ownership clause needed review.'],
        [c.effort, 1, 'Nothing to run ourselves.'],
      ]),
      ...scoreRow(options.deepseek, [
        [c.accuracy, 4, 'Strong reasoning; misses playbook positions that do not fit in the prompt.', 'PoC run 2026-04-09, 150 contracts'],
        [c.trace, 2, 'No retrieval: cannot point to the playbook section reliably.'],
        [c.confidential, 5, 'Runs in our colocation; nothing leaves.'],
        [c.cost, 41, '8 × H100 over 3 years at about 35 % utilisation.', 'IT cost model v3'],
        [c.latency, 9500, 'Large model on long inputs; slowest option.', 'PoC, 10 concurrent users'],
        [c.context, 64, 'Served at 64K to fit GPU memory with batching.'],
        [c.licence, 5, 'Permissive model licence, commercial use allowed.'],
        [c.effort, 5, 'Eight GPUs and a mixture-of-experts serving stack are new for the team.'],
      ]),
      ...scoreRow(options.mistral, [
        [c.accuracy, 3, 'Good on the ten most common clause types; weak on unusual drafting.', 'Mei’s offline evaluation, 150 contracts'],
        [c.trace, 3, 'Points to the clause it classified, but the explanation is a template.'],
        [c.confidential, 5, 'Runs on-premises.'],
        [c.cost, 2.8, 'One L40S is enough for our volume.', 'IT cost model v3'],
        [c.latency, 900, 'Small model, short outputs.', 'PoC, 10 concurrent users'],
        [c.context, 32, 'Contracts must be split clause by clause.'],
        [c.licence, 5, 'Apache 2.0.'],
        [c.effort, 4, 'Needs a labelling and retraining pipeline whenever the playbook changes.'],
      ]),
      ...scoreRow(options.rag, [
        [c.accuracy, 4, 'Found 88 % of deviations; most misses were clauses split across pages.', 'PoC run 2026-04-09, 150 contracts'],
        [c.trace, 5, 'Each finding cites the contract clause and the playbook section with its version.'],
        [c.confidential, 5, 'Runs on-premises; retrieval index stays in our tenant.'],
        [c.cost, 12, '2 × H100 over 3 years plus the search service.', 'IT cost model v3'],
        [c.latency, 5200, 'Retrieval 0.3 s, generation about 4.5 s for a full finding.', 'PoC, 10 concurrent users'],
        [c.context, 128, '128K context; retrieval keeps prompts near 12K.'],
        [c.licence, 4, 'Llama community licence: commercial use allowed, attribution and acceptable-use terms to follow.'],
        [c.effort, 3, 'Two GPUs plus an index to keep in step with the playbook.'],
      ]),
    ],
    blindScoring: { active: false, revealed: true, scores: blindScores() },
  };
}

/** The blind round on accuracy and traceability: legal rated traceability much higher than IT did. */
function blindScores(): ParticipantScore[] {
  const rows: [participantId: string, accuracy: number[], trace: number[]][] = [
    // option order: api, deepseek, mistral, rag
    ['cr-p-daniel', [5, 4, 2, 4], [2, 1, 3, 5]],
    ['cr-p-sofia', [5, 4, 3, 4], [3, 2, 3, 5]],
    ['cr-p-priya', [4, 4, 3, 4], [4, 3, 3, 4]],
    ['cr-p-mei', [5, 4, 3, 5], [3, 2, 2, 4]],
  ];
  const order = [options.api, options.deepseek, options.mistral, options.rag];
  return rows.flatMap(([participantId, accuracy, trace]) =>
    order.flatMap((optionId, i) => [
      { participantId, optionId, criterionId: criteria.accuracy, value: accuracy[i] ?? 3 },
      { participantId, optionId, criterionId: criteria.trace, value: trace[i] ?? 3 },
    ]),
  );
}
