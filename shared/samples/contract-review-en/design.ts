import type { Adr, StageOf } from '../../model/workshop';
import { card, stageBase, stageFields } from '../helpers';
import { at } from './discovery';
import { criteria, options } from './technology';

/** Contract review assistant (en), stages 4–6: architecture notes with ADRs, data sources, training plan. */

const reviewPath = [
  '## One review, step by step',
  '',
  '```mermaid',
  'flowchart TB',
  '  U["Category manager uploads supplier contract"] --> C["Converter: DOCX or PDF to clauses"]',
  '  C --> R["Retriever: playbook and clause library"]',
  '  R -->|top 6 passages with versions| L["Llama 3.3 70B on 2 x H100 (vLLM)"]',
  '  L --> F["Findings: clause, deviation, playbook position, fallback"]',
  '  F --> H{"Risk high?"}',
  '  H -->|yes| D["Legal counsel reviews and signs off"]',
  '  H -->|no| M["Category manager accepts or escalates"]',
  '  D --> K[("CLM: findings and decision stored with the contract")]',
  '  M --> K',
  '```',
  '',
  '1. The contract is split into numbered clauses; tracked changes are kept as separate text so that redlines are reviewed too.',
  '2. For each clause, the retriever fetches the matching playbook positions and approved clauses, **with their version**.',
  '3. The model reports a deviation only when it can quote both the clause and the playbook position; otherwise it says “no finding”.',
  '4. Anything touching liability, indemnity, IP or governing law is marked high risk and goes to legal (ADR-0002).',
].join('\n');

const ingestion = [
  '## Keeping the playbook in step',
  '',
  '```mermaid',
  'flowchart TB',
  '  P["Playbook and clause library (SharePoint, owned by Legal)"] --> S["Nightly sync"]',
  '  S --> X["Split by position, tag with version and owner"]',
  '  X --> I["Search index (OpenSearch, EU tenant)"]',
  '  I --> O["Superseded positions archived, still citable"]',
  '```',
].join('\n');

export function architectureStage(): StageOf<'notes'> {
  return {
    ...stageBase('architecture', 'en', 'cr-st-arch', 63, 5),
    kind: 'notes',
    sections: [
      {
        id: 'cr-n-compute',
        title: 'Compute platform',
        markdown: [
          '| item | choice | note |',
          '|---|---|---|',
          '| location | Frankfurt colocation (production); EU sovereign cloud for the pilot | no calls outside the EU |',
          '| inference | 2 × H100 80GB, vLLM, tensor parallel 2, FP8 weights | about 400 contracts a month, peaks of 10 users |',
          '| search | OpenSearch 2.x, 3 nodes, in the existing EU tenant | hybrid BM25 + vectors |',
          '| monitoring | Grafana dashboards on the existing stack | p95 latency, queue length, “no finding” rate |',
          '',
          'GPUs are not in house yet: the pilot runs on rented H100s in an EU sovereign cloud (see the feasibility scorecard).',
        ].join('\n'),
      },
      {
        id: 'cr-n-data-access',
        title: 'Data storage and access',
        markdown: [
          '- Contracts stay in the CLM; the assistant reads a copy for the duration of a review and keeps only the findings.',
          '- Access follows the CLM’s permissions: a category manager sees only contracts of their categories.',
          '- Prompts and outputs are logged for 2 years for audit, readable by Legal and the DPO only.',
          '',
          ingestion,
        ].join('\n'),
      },
      { id: 'cr-n-inference', title: 'Model deployment and review flow', markdown: reviewPath },
      {
        id: 'cr-n-open',
        title: 'Open questions',
        markdown: '- [ ] Can the CLM vendor’s API return tracked changes? (Priya, by 30 April)\n- [ ] Chinese-language contracts: is Llama 3.3 good enough, or do we add Qwen2.5 for them?\n- [x] No automatic sending of anything to suppliers (ADR-0002)',
      },
    ],
  };
}

export function adrs(): Adr[] {
  return [
    {
      id: 'cr-adr-1',
      number: 1,
      title: 'Use retrieval over a self-hosted Llama 3.3 70B for contract review',
      status: 'accepted',
      supersededBy: null,
      date: '2026-04-21',
      deciders: ['Amara Okafor', 'Daniel Weber', 'Priya Nair', 'Lukas Meyer'],
      context: 'Legal needs findings it can trust and trace; contracts hold personal data and trade secrets and must stay in the EU. The technology matrix compared four options.',
      driverCriterionIds: [criteria.confidential, criteria.accuracy, criteria.trace],
      drivers: 'Confidentiality is a must-have; lawyers only act on findings they can trace to the clause and the playbook; the playbook changes several times a year.',
      options: [
        { id: 'cr-adr-1-api', title: 'Hosted frontier model API', matrixOptionId: options.api, pros: 'Best accuracy, no operations.', cons: 'Fails the confidentiality must-have.' },
        { id: 'cr-adr-1-deepseek', title: 'DeepSeek-V3 self-hosted', matrixOptionId: options.deepseek, pros: 'Strong reasoning; permissive licence.', cons: 'Eight GPUs; slow; cannot cite the playbook.' },
        { id: 'cr-adr-1-mistral', title: 'Fine-tuned Mistral-7B classifier', matrixOptionId: options.mistral, pros: 'Cheapest and fastest.', cons: 'Weak on unusual drafting; retraining at every playbook change.' },
        { id: 'cr-adr-1-rag', title: 'RAG over Llama 3.3 70B', matrixOptionId: options.rag, pros: 'Cites clause and playbook; playbook changes apply the same night.', cons: 'Needs two GPUs we do not own yet; index upkeep.' },
      ],
      chosenOptionId: 'cr-adr-1-rag',
      outcome: 'Chosen: RAG over Llama 3.3 70B, weighted total 0.85 against 0.63 for the runner-up. The winner holds unless the weight of latency rises from 5 % to about 28 %.',
      consequences: 'Good: every finding is traceable; playbook updates need no training.\nBad: we depend on Legal keeping the playbook current; two GPUs to procure.\nFollow-up: revisit fine-tuning for clause classification after six months of reviewed findings.',
      matrixStageId: 'cr-st-tech',
      linkedCardIds: ['cr-c-p-deviation', 'cr-c-p-trust', 'cr-c-p-shadow'],
    },
    {
      id: 'cr-adr-2',
      number: 2,
      title: 'The assistant proposes, a named person decides: nothing is sent to a supplier automatically',
      status: 'accepted',
      supersededBy: null,
      date: '2026-04-21',
      deciders: ['Daniel Weber', 'Amara Okafor'],
      context: 'Category managers asked for NDAs to be cleared automatically; Legal worries about liability for wrong findings.',
      driverCriterionIds: [criteria.trace],
      drivers: 'Professional responsibility stays with people; the EU AI Act’s transparency duties are easier to meet with a human decision.',
      options: [
        { id: 'cr-adr-2-auto', title: 'Auto-clear template NDAs', matrixOptionId: null, pros: 'Fastest for the simplest case.', cons: 'No one accountable for a miss.' },
        { id: 'cr-adr-2-human', title: 'Human sign-off on every outcome', matrixOptionId: null, pros: 'Clear accountability; findings train reviewers.', cons: 'Keeps some load on people.' },
      ],
      chosenOptionId: 'cr-adr-2-human',
      outcome: 'Every outcome is accepted by a named person; high-risk findings by Legal, the rest by the category manager.',
      consequences: 'NDA target revised: 30 % need a lawyer, but 100 % are still accepted by a person in procurement.',
      matrixStageId: null,
      linkedCardIds: ['cr-c-p-nda', 'cr-c-p-trust'],
    },
  ];
}

export function dataStage(): StageOf<'cards'> {
  const src = (id: string, hhmm: string, text: string, color: 'blue' | 'green' | 'purple' | 'orange' | 'grey', tags: string[], fields: Record<string, string>) =>
    card({ id, text, color, tags, fields, createdAt: at(hhmm) });
  return {
    ...stageBase('data', 'en', 'cr-st-data', 31),
    kind: 'cards',
    fields: stageFields('data', 'en'),
    groups: [],
    voting: { budget: 3, maxPerCard: 3, revealed: false, votes: [] },
    blind: false,
    cards: [
      src('cr-c-d-playbook', '14:40', 'Negotiation playbook v7 (60 pages) and clause library (140 approved clauses with fallbacks)', 'green', ['retrieval'], {
        owner: 'Daniel Weber (Legal)', reliability: 'High', quality: 'Positions on data protection and ESG clauses are from 2021 and need updating; some fallbacks exist only in emails.', privacy: 'Internal, privileged: never to leave our tenant.', labelling: 'Small',
      }),
      src('cr-c-d-contracts', '14:44', 'Executed supplier contracts in the CLM (about 6,800, 2018–2026)', 'blue', ['evaluation'], {
        owner: 'Tom Brennan (Contract management)', reliability: 'High', quality: 'About 20 % are scanned PDFs needing OCR; schedules are sometimes separate files.', privacy: 'Personal data of supplier contacts; trade secrets of suppliers; confidentiality clauses limit use to contract management.', labelling: 'Medium',
      }),
      src('cr-c-d-redlines', '14:47', 'Redline history from email (2023–2026)', 'purple', ['messy'], {
        owner: 'Sofia Lindqvist (Procurement)', reliability: 'Low', quality: 'Scattered across mailboxes; versions unclear; tracked changes often lost.', privacy: 'Mailboxes hold unrelated personal data: extraction needs DPO approval.', labelling: 'Large',
      }),
      src('cr-c-d-gold', '14:50', 'Gold set: 150 supplier contracts with deviations marked by Legal', 'orange', ['evaluation'], {
        owner: 'Daniel Weber (Legal)', reliability: 'High', quality: 'Two lawyers label each contract; disagreements settled by the senior counsel.', privacy: 'Drawn from the CLM; stays in the evaluation environment.', labelling: 'Medium',
      }),
      src('cr-c-d-register', '14:53', 'Contract register metadata (CLM fields)', 'grey', ['extraction'], {
        owner: 'Tom Brennan (Contract management)', reliability: 'Medium', quality: '31 % of entries lack the notice period; dates in three formats.', privacy: 'No special limits.', labelling: 'None',
      }),
    ],
  };
}

export function trainingStage(): StageOf<'notes'> {
  return {
    ...stageBase('training', 'en', 'cr-st-training', 29),
    kind: 'notes',
    sections: [
      {
        id: 'cr-n-approach',
        title: 'Approach: prompting and retrieval, no training in the pilot',
        markdown: 'The pilot uses the base instruct model with retrieval. Errors in the proof of concept came from retrieval and from clauses split across pages, not from the model’s legal reasoning.\n\n- Output schema (JSON): clause number, quote, playbook position, deviation yes/no, risk level, suggested fallback.\n- Retrieval: playbook split by position, top 6, filtered to the current playbook version.\n- Temperature 0; outputs that fail the schema are retried once, then shown as “needs manual review”.',
      },
      {
        id: 'cr-n-eval',
        title: 'Evaluation',
        markdown: '| metric | method | target |\n|---|---|---|\n| deviation recall | gold set of 150 contracts | ≥ 90 % |\n| precision | findings confirmed by Legal | ≥ 80 % |\n| citation accuracy | quoted playbook position really applies | ≥ 95 % |\n| reviewer time saved | timed reviews, 20 contracts before / after | ≥ 40 % |\n\nRegression on the gold set before every prompt, retrieval or model change.',
      },
      {
        id: 'cr-n-finetune',
        title: 'If needed later: fine-tuning a clause classifier',
        markdown: 'After six months of reviewed findings (expected 3,000+ labelled clauses):\n\n- Model: Mistral-7B or Llama 3.1 8B, LoRA r = 8, alpha 16, on attention and MLP layers\n- AdamW, learning rate 1e-4, linear decay, 2 epochs, batch size 32, bf16 mixed precision on one H100\n- Monitor training and validation loss and per-clause-type F1; stop early when validation F1 stops improving for 2 evaluations\n- Used only as a pre-filter in front of the 70B model, never alone',
      },
    ],
  };
}
