import type { Verdict } from '../../../../shared/scorecard';
import { dimensionStatus, feasibilityCall } from '../../../../shared/scorecard';
import type { Language, StageOf } from '../../../../shared/model/workshop';
import type { Block, CalloutBlock, Cell, HandoutOptions } from './handout';
import { pdfText } from './strings';
import { ragSwatches } from './theme';

type ScorecardStage = StageOf<'scorecard'>;

const tones: Record<Verdict, CalloutBlock['tone']> = { go: 'good', pilot: 'warn', 'no-go': 'bad' };
const listSeparator = (language: Language) => (language === 'zh-CN' ? '、' : ', ');

export const verdictText = (verdict: Verdict | null, language: Language): string => pdfText(language, verdict ? `verdict.${verdict}` : 'verdict.none');

/** The verdict box: the call that stands, the rule's reason, the decisive dimensions, an override and its reason. */
function verdictBlock(stage: ScorecardStage, language: Language): CalloutBlock {
  const call = feasibilityCall(stage);
  const names = (dims: readonly { name: string }[]) => dims.map((d) => d.name).join(listSeparator(language));
  const { rule } = call;
  const lines = [pdfText(language, `reason.${rule.reason}`, { dims: names(rule.decisive) })];
  if (rule.reason === 'clear' && rule.decisive.length > 0) lines.push(pdfText(language, 'decisiveDimensions', { dims: names(rule.decisive) }));
  if (call.override) lines.push(pdfText(language, 'overridden', { rule: verdictText(rule.verdict, language), reason: call.override.reason.trim() || '—' }));
  return { kind: 'callout', tone: call.verdict ? tones[call.verdict] : 'neutral', label: pdfText(language, 'feasibilityCall'), title: verdictText(call.verdict, language), lines };
}

function dimensionsTable(stage: ScorecardStage, options: HandoutOptions): Block {
  const { language } = options;
  const full = options.preset === 'full';
  return {
    kind: 'table',
    columns: [
      { header: pdfText(language, 'dimension') },
      { header: pdfText(language, 'score'), align: 'right' },
      { header: pdfText(language, 'status') },
      { header: pdfText(language, 'evidence') },
    ],
    rows: stage.dimensions.map((d): Cell[] => {
      const status = dimensionStatus(d);
      return [
        full && d.description.trim() ? `${d.name}\n${d.description}` : d.name,
        d.score === null ? '—' : pdfText(language, 'scoreOf', { n: d.score }),
        status ? { text: pdfText(language, `rag.${status}`), swatch: ragSwatches[status] } : pdfText(language, 'notAssessed'),
        d.evidence.trim() || (full ? '' : d.description),
      ];
    }),
  };
}

const pilotKeys = ['scope', 'metrics', 'duration', 'data', 'team', 'exitCriteria'] as const;

/**
 * The feasibility stage: the verdict box (go / pilot first / no-go, with the rule's reason or the
 * room's override), the dimensions with score, RAG status as a word and a colour, and evidence;
 * the rule itself in small print; and the pilot plan when one was written.
 */
export function scorecardBlocks(stage: ScorecardStage, options: HandoutOptions): Block[] {
  const { language } = options;
  const blocks: Block[] = [verdictBlock(stage, language)];
  if (stage.dimensions.length > 0) blocks.push(dimensionsTable(stage, options), { kind: 'paragraph', tone: 'muted', text: pdfText(language, 'feasibilityRule') });
  const pilot = pilotKeys.flatMap((key) => (stage.pilot[key].trim() ? [{ key: pdfText(language, `pilot.${key}`), value: stage.pilot[key].trim() }] : []));
  if (pilot.length > 0) blocks.push({ kind: 'heading', text: pdfText(language, 'pilotPlan'), level: 3 }, { kind: 'keyValue', pairs: pilot });
  return blocks;
}
