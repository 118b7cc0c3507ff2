import type { LogEntry, StageOf } from '../../model/workshop';
import { dimension, stageBase } from '../helpers';
import { at } from './discovery';
import { options } from './technology';

/** Contract review assistant (en), stages 7–9 and the logs: feasibility call, risks, actions. */

export function feasibilityStage(): StageOf<'scorecard'> {
  return {
    ...stageBase('feasibility', 'en', 'cr-st-feasibility', 42),
    kind: 'scorecard',
    dimensions: [
      dimension('cr-d-fit', 'business-fit', 'Business fit', 'Does the use case solve a top-voted pain point with a measurable value metric and a sponsor?', 4, 'green',
        'Targets the two top-voted pain points (legal queue, 5 dots; missed deviations, 4 dots). Sponsor: Amara Okafor; cycle time 9 → 4 days is in the 2026 procurement objectives.'),
      dimension('cr-d-data', 'data', 'Data sufficiency & quality', 'Is there enough relevant, clean, lawfully usable data (and labels, if needed)?', 3, 'amber',
        'Playbook and clause library are usable, but data-protection and ESG positions date from 2021; the gold set of 150 contracts is not labelled yet (about 12 lawyer-days).'),
      dimension('cr-d-team', 'team', 'Team capability', 'Can the team develop, deploy and maintain the system, or is the gap closable in time?', 4, 'green',
        'Mei has built retrieval systems before; Priya’s team runs OpenSearch. Legal has agreed to two days a week of Daniel’s time during the pilot.'),
      dimension('cr-d-compute', 'compute-cost', 'Compute & cost budget', 'Do GPU memory, throughput and monthly cost fit the budget at the expected load?', 2, 'red',
        'No GPUs in house; H100 lead time is about 10 weeks and the purchase is not in this year’s budget. Pilot workaround: rent 2 × H100 in an EU sovereign cloud at about €5,800 a month.'),
      dimension('cr-d-compliance', 'compliance', 'Legal & compliance risk', 'Privacy, filing, copyright and sector rules: are they met or manageable?', 4, 'green',
        'Processing stays in the EU; DPIA drafted by Lukas (sign-off due 15 May); supplier confidentiality clauses allow internal processing by our own systems.'),
    ],
    override: null,
    pilot: {
      scope: 'First-pass review of supplier master agreements and NDAs for two categories (Direct Materials, Logistics); Legal reviews every finding.',
      metrics: 'Legal review cycle time 9 → 5 working days in the pilot categories; deviation recall ≥ 90 % on the gold set; reviewer time per contract −40 %.',
      duration: '8 weeks (1 June – 24 July 2026)',
      data: 'Playbook v7 with updated data-protection positions; gold set of 150 contracts; live contracts of the two categories.',
      team: 'Sponsor Amara Okafor; Legal Daniel Weber; procurement Sofia Lindqvist and Tom Brennan; IT Priya Nair and Mei Chen; DPO Lukas Meyer.',
      exitCriteria: 'Stop if recall on live contracts is below 80 % after week 4, or if any finding marked “no deviation” hides a high-risk clause that reaches signature. Go to roll-out if targets are met and the GPU purchase is approved.',
    },
  };
}

export function risksStage(): StageOf<'risks'> {
  return {
    ...stageBase('risks', 'en', 'cr-st-risks', 31),
    kind: 'risks',
    risks: [
      { id: 'cr-r-miss', title: 'A high-risk clause is reported as “no deviation”', category: 'technical', likelihood: 3, impact: 5, owner: 'Mei Chen', status: 'mitigating',
        description: 'A missed uncapped indemnity or liability clause reaches signature because reviewers trust the assistant.',
        mitigation: 'Liability, indemnity, IP and governing-law clauses are always shown to Legal, finding or not; weekly recall check on the gold set; reviewers sample 10 % of “no deviation” results.',
        linkedIds: ['cr-c-p-deviation', options.rag, 'cr-adr-2'] },
      { id: 'cr-r-gpu', title: 'GPU purchase not approved in time', category: 'compute', likelihood: 4, impact: 3, owner: 'Priya Nair', status: 'open',
        description: 'Without budget this year, roll-out waits until 2027 or stays on rented GPUs.',
        mitigation: 'Pilot on rented EU sovereign-cloud GPUs; business case with pilot results to the budget committee in September.',
        linkedIds: [options.rag, 'cr-adr-1'] },
      { id: 'cr-r-leak', title: 'Contract content leaves the EU tenant', category: 'privacy', likelihood: 2, impact: 5, owner: 'Lukas Meyer', status: 'mitigating',
        description: 'A misconfigured connector or a support ticket sends contract text to a vendor outside the EU.',
        mitigation: 'Egress blocked at network level for the inference subnet; support via screen share only; quarterly configuration review by the DPO.',
        linkedIds: ['cr-c-p-shadow', 'cr-c-d-contracts'] },
      { id: 'cr-r-trace', title: 'Lawyers cannot see why a finding was made', category: 'explainability', likelihood: 2, impact: 4, owner: 'Daniel Weber', status: 'open',
        description: 'A finding cites a superseded playbook position, and nobody can reconstruct the reasoning later.',
        mitigation: 'Every finding stores the clause quote, playbook section and version; superseded positions stay citable; monthly review of 30 findings by Legal.',
        linkedIds: ['cr-c-p-trust', 'cr-adr-1'] },
      { id: 'cr-r-formats', title: 'Supplier paper is scanned or badly formatted', category: 'scenario-fit', likelihood: 4, impact: 3, owner: 'Tom Brennan', status: 'open',
        description: 'About 20 % of contracts are scanned; clause numbering breaks and findings point to the wrong clause.',
        mitigation: 'OCR with layout detection; contracts below a quality score go to manual review; ask suppliers for DOCX in the RFQ template.',
        linkedIds: ['cr-c-p-redlines', 'cr-c-d-contracts'] },
      { id: 'cr-r-aiact', title: 'Transparency duties under the EU AI Act', category: 'compliance', likelihood: 2, impact: 3, owner: 'Lukas Meyer', status: 'open',
        description: 'Users and possibly suppliers must know when AI was used; the classification of the use case must be documented.',
        mitigation: 'Document the use-case assessment with the DPIA; label AI-assisted findings in the CLM; no output sent to suppliers without a person (ADR-0002).',
        linkedIds: ['cr-adr-2'] },
      { id: 'cr-r-shadow', title: 'Public chatbots stay in use for “quick questions”', category: 'custom', likelihood: 3, impact: 4, owner: 'Amara Okafor', status: 'open',
        description: 'If the assistant is slow or limited to two categories, people keep pasting clauses into public tools.',
        mitigation: 'Open a “quick clause question” mode for all of procurement in week 3; block public AI chat sites for procurement once it is live.',
        linkedIds: ['cr-c-p-shadow', 'cr-c-p-playbook'] },
    ],
  };
}

export function actionsStage(): StageOf<'actions'> {
  return {
    ...stageBase('actions', 'en', 'cr-st-actions', 24),
    kind: 'actions',
    actions: [
      { id: 'cr-a-gold', title: 'Label the gold set of 150 supplier contracts', owner: 'Daniel Weber', due: '2026-05-22', status: 'todo', linkedIds: ['cr-c-d-gold'] },
      { id: 'cr-a-playbook', title: 'Update data-protection and ESG positions in the playbook', owner: 'Daniel Weber', due: '2026-05-15', status: 'doing', linkedIds: ['cr-c-d-playbook'] },
      { id: 'cr-a-dpia', title: 'Sign off the DPIA and the AI Act use-case assessment', owner: 'Lukas Meyer', due: '2026-05-15', status: 'doing', linkedIds: ['cr-r-leak', 'cr-r-aiact'] },
      { id: 'cr-a-gpu', title: 'Contract 2 × H100 in an EU sovereign cloud for the pilot', owner: 'Priya Nair', due: '2026-05-20', status: 'todo', linkedIds: ['cr-r-gpu'] },
      { id: 'cr-a-clm', title: 'Confirm the CLM API returns tracked changes; build the converter', owner: 'Mei Chen', due: '2026-05-29', status: 'todo', linkedIds: ['cr-c-p-redlines'] },
      { id: 'cr-a-pipeline', title: 'Build retrieval and review pipeline; reach 90 % recall on the gold set', owner: 'Mei Chen', due: '2026-05-29', status: 'todo', linkedIds: ['cr-adr-1'] },
      { id: 'cr-a-pilot', title: 'Start the 8-week pilot in Direct Materials and Logistics', owner: 'Sofia Lindqvist', due: '2026-06-01', status: 'todo', linkedIds: ['cr-d-data'] },
      { id: 'cr-a-budget', title: 'Business case for GPU purchase to the budget committee', owner: 'Amara Okafor', due: '2026-09-10', status: 'todo', linkedIds: ['cr-r-gpu'] },
    ],
    monitoring: [
      { id: 'cr-m-recall', metric: 'Deviation recall on the gold set', threshold: 'below 90 % in the weekly run', watcher: 'Mei Chen' },
      { id: 'cr-m-precision', metric: 'Findings confirmed by Legal', threshold: 'below 80 % in a week', watcher: 'Daniel Weber' },
      { id: 'cr-m-cycle', metric: 'Legal review cycle time (median, pilot categories)', threshold: 'above 6 working days for 2 weeks', watcher: 'Amara Okafor' },
      { id: 'cr-m-latency', metric: 'p95 latency per clause check', threshold: 'above 10 s', watcher: 'Priya Nair' },
    ],
    feedbackChannels: 'Accept / reject / “wrong finding” buttons on every finding in the CLM, with a comment; weekly 30-minute review of rejected findings with Legal; monthly pilot check-in with the sponsor.',
    cadence: 'Release every two weeks; gold-set regression before each release; go / no-go on roll-out at the end of July.',
  };
}

export function parkingLot(): LogEntry[] {
  return [
    { id: 'cr-l-sales', text: 'Sales wants the same for customer contracts: separate workshop with the sales legal team.', stageId: 'cr-st-scenario', createdAt: at('09:44') },
    { id: 'cr-l-chinese', text: 'Chinese-language supplier contracts: test Qwen2.5 alongside Llama 3.3 in the pilot?', stageId: 'cr-st-arch', createdAt: at('13:58') },
    { id: 'cr-l-clm', text: 'Should findings live in the CLM or in a separate tool? Ask the CLM vendor about an add-in.', stageId: 'cr-st-arch', createdAt: at('14:12') },
  ];
}

export function decisions(): LogEntry[] {
  return [
    { id: 'cr-l-scope', text: 'Phase 1: first-pass review, register extraction and NDA triage; negotiation drafting later.', stageId: 'cr-st-scenario', createdAt: at('09:55') },
    { id: 'cr-l-eu', text: 'Contracts are processed only in our EU tenant or data centre (knock-out in the matrix).', stageId: 'cr-st-tech', createdAt: at('11:20') },
    { id: 'cr-l-rag', text: 'Approach: RAG over self-hosted Llama 3.3 70B, recorded as ADR-0001.', stageId: 'cr-st-tech', createdAt: at('12:14') },
    { id: 'cr-l-human', text: 'A named person accepts every outcome; nothing goes to a supplier automatically (ADR-0002).', stageId: 'cr-st-arch', createdAt: at('14:05') },
    { id: 'cr-l-pilot', text: 'Feasibility: pilot first, on rented EU GPUs, 8 weeks from 1 June.', stageId: 'cr-st-feasibility', createdAt: at('15:41') },
  ];
}
