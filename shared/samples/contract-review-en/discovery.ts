import type { Participant, StageOf } from '../../model/workshop';
import type { PainSeed } from '../helpers';
import { card, clock, painCard, stageBase, stageFields, votes } from '../helpers';

/** Contract review assistant (en): who was in the room, the scenarios and the pain points (stages 1–2). */

export const at = clock('2026-04-21', '+02:00');

export const participants: Participant[] = [
  { id: 'cr-p-jonas', name: 'Jonas Berg', role: 'AI solutions lead (facilitator)' },
  { id: 'cr-p-amara', name: 'Amara Okafor', role: 'Head of Procurement (sponsor)' },
  { id: 'cr-p-daniel', name: 'Daniel Weber', role: 'Senior Legal Counsel' },
  { id: 'cr-p-sofia', name: 'Sofia Lindqvist', role: 'Category Manager, Direct Materials' },
  { id: 'cr-p-tom', name: 'Tom Brennan', role: 'Contract Manager' },
  { id: 'cr-p-priya', name: 'Priya Nair', role: 'Enterprise Architect, IT' },
  { id: 'cr-p-lukas', name: 'Lukas Meyer', role: 'Data Protection Officer' },
  { id: 'cr-p-mei', name: 'Mei Chen', role: 'ML Engineer' },
];

export function scenarioStage(): StageOf<'cards'> {
  const phase1 = 'cr-g-phase1';
  const later = 'cr-g-later';
  const scenario = (id: string, hhmm: string, groupId: string, color: 'yellow' | 'green' | 'blue' | 'purple' | 'pink', authorId: string, text: string, fields: Record<string, string>, tags: string[] = []) =>
    card({ id, createdAt: at(hhmm), groupId, color, authorId, text, fields, tags });
  return {
    ...stageBase('scenario', 'en', 'cr-st-scenario', 38),
    kind: 'cards',
    fields: stageFields('scenario', 'en'),
    groups: [
      { id: phase1, title: 'Phase 1: review support', color: 'green' },
      { id: later, title: 'Later', color: 'grey' },
    ],
    voting: { budget: 3, maxPerCard: 3, revealed: false, votes: [] },
    blind: false,
    cards: [
      scenario('cr-c-s-firstpass', '09:22', phase1, 'yellow', 'cr-p-daniel',
        'First-pass review of supplier contracts against our playbook: every deviation flagged with the clause, the playbook position and a suggested fallback.',
        { beneficiary: 'Legal counsel (3) and category managers (14)', metric: 'Legal review cycle time (median)', baseline: '9 working days (CLM report, Q1 2026)', target: '4 working days' }, ['playbook', 'RAG']),
      scenario('cr-c-s-register', '09:26', phase1, 'green', 'cr-p-tom',
        'Extract key terms of a signed contract (parties, term, renewal, notice period, liability cap, governing law) into the contract register for review.',
        { beneficiary: 'Contract managers', metric: 'Time to register a signed contract', baseline: '45 min', target: '10 min' }, ['extraction']),
      scenario('cr-c-s-nda', '09:29', phase1, 'blue', 'cr-p-amara',
        'NDA triage: standard NDAs that match our template are cleared without legal; the rest go to legal with the deviations marked.',
        { beneficiary: 'Engineers and buyers who need an NDA', metric: 'Share of NDAs that need a lawyer', baseline: '100 %', target: '30 %' }, ['self-service']),
      scenario('cr-c-s-renewal', '09:33', later, 'purple', 'cr-p-sofia',
        'Renewal and obligation alerts from the register: notice periods, SLA reviews, insurance certificates.',
        { beneficiary: 'Category managers', metric: 'Missed auto-renewals per year', baseline: '14 (2025)', target: '≤ 2' }),
      scenario('cr-c-s-negotiation', '09:37', later, 'pink', 'cr-p-sofia',
        'Negotiation support: draft a reply to a supplier’s redline using approved fallback clauses.',
        { beneficiary: 'Category managers', metric: 'Negotiation rounds per contract', baseline: '3.4', target: '2.5' }, ['drafting']),
    ],
  };
}

type Pain = PainSeed<'Several times a day' | 'Daily' | 'Weekly' | 'Monthly or less'>;

const g = { playbook: 'cr-g-playbook', versions: 'cr-g-versions', deadlines: 'cr-g-deadlines', risk: 'cr-g-risk' };

const pains: Pain[] = [
  { id: 'cr-c-p-queue', group: g.playbook, color: 'yellow', author: 'cr-p-amara', severity: 5, frequency: 'Daily', placement: [0.9, 0.45],
    text: 'Legal is the bottleneck: every supplier contract waits in one queue, whatever its value or risk.', persona: 'Category manager', context: 'Quarter end, 40+ contracts waiting',
    evidence: 'Median legal cycle 9 working days; 23 contracts waited more than 20 days in Q1 2026 (CLM report).' },
  { id: 'cr-c-p-playbook', group: g.playbook, color: 'yellow', author: 'cr-p-sofia', severity: 4, frequency: 'Daily', placement: [0.85, 0.3],
    text: 'The negotiation playbook is a 60-page PDF on SharePoint; nobody finds the fallback position in time.', persona: 'Category manager', context: 'Preparing a supplier call about liability caps', habit: 'Emails legal a “quick question”',
    evidence: '“I send Daniel three quick questions a day, and none of them is quick.” (Sofia, interview)' },
  { id: 'cr-c-p-nda', group: g.playbook, color: 'yellow', author: 'cr-p-mei', severity: 4, frequency: 'Weekly', placement: [0.65, 0.2],
    text: 'Simple NDAs take as long as complex contracts because they go through the same queue.', persona: 'R&D engineer', context: 'Before a technical meeting with a new supplier', habit: 'Meets “informally” without an NDA',
    evidence: 'About 260 NDAs a year; median 6 working days to signature.' },
  { id: 'cr-c-p-deviation', group: g.playbook, color: 'orange', author: 'cr-p-daniel', severity: 5, frequency: 'Weekly', placement: [0.8, 0.55],
    text: 'Supplier paper deviates from our standard terms in ways that are easy to miss: liability, indemnity, governing law.', persona: 'Senior legal counsel', context: 'Reviewing supplier-drafted master agreements', habit: 'Side-by-side comparison in Word',
    evidence: 'Two 2025 disputes traced back to an uncapped indemnity missed in review.' },
  { id: 'cr-c-p-redlines', group: g.versions, color: 'blue', author: 'cr-p-tom', severity: 3, frequency: 'Weekly', placement: [0.5, 0.6],
    text: 'Redlines arrive as PDFs, or as Word files with tracked changes switched off.', persona: 'Contract manager', context: 'Third negotiation round', habit: 'Compares documents by hand',
    evidence: '“Half my Friday goes on finding what they changed without telling us.” (Tom)' },
  { id: 'cr-c-p-versions', group: g.versions, color: 'blue', author: 'cr-p-tom', severity: 4, frequency: 'Weekly', placement: [0.6, 0.7],
    text: 'Nobody knows which version is final: drafts live in email threads.', persona: 'Contract manager', context: 'Getting to signature',
    evidence: 'Internal audit 2025-07: three contracts signed on an outdated draft.' },
  { id: 'cr-c-p-register', group: g.deadlines, color: 'green', author: 'cr-p-tom', severity: 3, frequency: 'Daily', placement: [0.7, 0.35],
    text: 'Key terms are typed into the contract register by hand, often incompletely.', persona: 'Contract manager', context: 'After signature', habit: 'Fills the register at month end',
    evidence: 'Register audit: 31 % of entries lack the renewal notice period.' },
  { id: 'cr-c-p-renewal', group: g.deadlines, color: 'green', author: 'cr-p-sofia', severity: 4, frequency: 'Monthly or less', placement: [0.75, 0.4],
    text: 'Auto-renewals are missed because notice periods are buried in the contract.', persona: 'Category manager', context: 'Annual supplier review',
    evidence: '14 missed auto-renewals in 2025: about €380k of spend locked in for another year.' },
  { id: 'cr-c-p-obligations', group: g.deadlines, color: 'green', author: 'cr-p-amara', severity: 3, frequency: 'Monthly or less', placement: [0.5, 0.65],
    text: 'Supplier obligations (SLAs, audit rights, insurance certificates) are not tracked after signature.', persona: 'Supplier quality manager', context: 'A supplier incident stops a line',
    evidence: '“We only read the SLA clause after the line had stopped.” (supplier quality, interview)' },
  { id: 'cr-c-p-shadow', group: g.risk, color: 'purple', author: 'cr-p-lukas', severity: 5, frequency: 'Weekly', placement: [0.7, 0.5],
    text: 'People paste clauses into public chatbots to understand them, although contracts hold personal data and trade secrets.', persona: 'Any employee', context: 'Trying to understand a clause quickly',
    evidence: 'Web-proxy logs: 1,100 visits to public AI chat sites from procurement in March.' },
  { id: 'cr-c-p-trust', group: g.risk, color: 'purple', author: 'cr-p-daniel', severity: 4, frequency: 'Daily', placement: [0.8, 0.4],
    text: 'Lawyers will not rely on a summary they cannot trace back to the clause.', persona: 'Senior legal counsel', context: 'Any AI-generated output',
    evidence: '“If it doesn’t show me the clause, I’ll read the whole thing anyway.” (Daniel)' },
  { id: 'cr-c-p-language', group: g.risk, color: 'pink', author: 'cr-p-sofia', severity: 3, frequency: 'Weekly', placement: [0.45, 0.5],
    text: 'Contracts in German, Dutch and Chinese need an external translation before review.', persona: 'Category manager (APAC)', context: 'Frame agreements with Chinese suppliers', habit: 'Sends to a translation agency',
    evidence: '€42k spent on legal translation in 2025; 5–8 days added per contract.' },
];

export function painPointStage(): StageOf<'cards'> {
  return {
    ...stageBase('pain-points', 'en', 'cr-st-pain', 57),
    kind: 'cards',
    fields: stageFields('pain-points', 'en'),
    groups: [
      { id: g.playbook, title: 'Finding and applying the playbook', color: 'yellow' },
      { id: g.versions, title: 'Versions and hand-offs', color: 'blue' },
      { id: g.deadlines, title: 'Deadlines and obligations', color: 'green' },
      { id: g.risk, title: 'Trust, confidentiality and language', color: 'purple' },
    ],
    voting: {
      budget: 3,
      maxPerCard: 2,
      revealed: true,
      votes: votes({
        'cr-c-p-queue': [['cr-p-amara', 2], ['cr-p-sofia', 1], ['cr-p-priya', 1], ['cr-p-mei', 1]],
        'cr-c-p-deviation': [['cr-p-daniel', 2], ['cr-p-tom', 1], ['cr-p-lukas', 1]],
        'cr-c-p-playbook': [['cr-p-sofia', 2], ['cr-p-mei', 1]],
        'cr-c-p-trust': [['cr-p-daniel', 1], ['cr-p-priya', 1], ['cr-p-lukas', 1]],
        'cr-c-p-renewal': [['cr-p-amara', 1], ['cr-p-tom', 1]],
        'cr-c-p-nda': [['cr-p-lukas', 1], ['cr-p-mei', 1]],
        'cr-c-p-shadow': [['cr-p-priya', 1]],
        'cr-c-p-register': [['cr-p-tom', 1]],
      }),
    },
    blind: false,
    cards: pains.map((p, i) => painCard(p, at(`10:${String(6 + i * 2).padStart(2, '0')}`), 'severe')),
  };
}
