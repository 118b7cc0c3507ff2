import { feasibilityCall } from '../../../../shared/scorecard';
import { topRisks } from '../../../../shared/risks';
import type { Language, StageOf, Workshop } from '../../../../shared/model/workshop';
import { formatDate } from './format';
import type { Block } from './handout';
import { recommended } from './matrix-reading';
import { verdictText } from './scorecard-section';
import { pdfText } from './strings';

const listSeparator = (language: Language) => (language === 'zh-CN' ? '；' : '; ');

const stagesOf = <K extends 'scorecard' | 'risks' | 'actions'>(doc: Workshop, kind: K): StageOf<K>[] =>
  doc.stages.filter((s): s is StageOf<K> => s.kind === kind);

/**
 * The executive summary's answer to "so what?": the recommended option (the matrix winner), the
 * feasibility call, the highest open risks, the ADRs recorded and the open actions — each line only
 * when the workshop has something to say on it.
 */
export function keyOutcomes(doc: Workshop, language: Language): Block[] {
  const pairs: { key: string; value: string }[] = [];
  const winner = recommended(doc);
  if (winner) pairs.push({ key: pdfText(language, 'recommendedOption'), value: pdfText(language, 'optionWithTotal', { option: winner.name, total: Math.round(winner.total * 100) }) });

  const scorecard = stagesOf(doc, 'scorecard').find((s) => s.dimensions.length > 0);
  if (scorecard) pairs.push({ key: pdfText(language, 'feasibilityCall'), value: verdictText(feasibilityCall(scorecard).verdict, language) });

  const risks = topRisks(stagesOf(doc, 'risks').flatMap((s) => s.risks), 3);
  if (risks.length > 0) {
    pairs.push({ key: pdfText(language, 'highestRisks'), value: risks.map((r) => `${r.title}（${(r.likelihood ?? 0) * (r.impact ?? 0)}）`.replace(/（(\d+)）$/, language === 'zh-CN' ? '（$1）' : ' ($1)')).join(listSeparator(language)) });
  }

  if (doc.adrs.length > 0) {
    pairs.push({ key: pdfText(language, 'architectureDecisions'), value: pdfText(language, 'adrCount', { n: doc.adrs.length, accepted: doc.adrs.filter((a) => a.status === 'accepted').length }) });
  }

  const actions = stagesOf(doc, 'actions').flatMap((s) => s.actions);
  if (actions.length > 0) {
    const open = actions.filter((a) => a.status !== 'done');
    const next = open.map((a) => a.due).filter(Boolean).sort()[0];
    const counts = { open: open.length, total: actions.length };
    pairs.push({
      key: pdfText(language, 'openActions'),
      value: next ? pdfText(language, 'openActionsValue', { ...counts, due: formatDate(next, language) }) : pdfText(language, 'openActionsCount', counts),
    });
  }
  return pairs.length > 0 ? [{ kind: 'heading', text: pdfText(language, 'keyOutcomes') }, { kind: 'keyValue', pairs }] : [];
}
