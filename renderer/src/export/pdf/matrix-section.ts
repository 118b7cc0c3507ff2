import type { Language } from '../../../../shared/model/workshop';
import type { Block, Cell, HandoutOptions } from './handout';
import { itemTable } from './item-table';
import type { MatrixResult, MatrixStage } from './matrix-reading';
import { matrixResult, percentText } from './matrix-reading';
import { pdfText } from './strings';

/** Most options the radar draws: more polygons than this are unreadable. */
const radarSeries = 5;

const signedPercent = (fraction: number, sign: '+' | '−', language: Language): string =>
  pdfText(language, 'percent', { n: `${sign}${Math.max(1, Math.round(fraction * 100))}` });

function rankingBlocks(result: MatrixResult, language: Language): Block[] {
  const { evaluation, optionName } = result;
  const [first, second] = evaluation.ranking;
  const lead =
    first && first.total > 0
      ? [
          pdfText(language, 'winnerSentence', { option: optionName(first.optionId), total: Math.round(first.total * 100) }),
          ...(second ? [pdfText(language, 'runnerUpSentence', { option: optionName(second.optionId), total: Math.round(second.total * 100) })] : []),
        ].join(language === 'zh-CN' ? '' : ' ')
      : pdfText(language, 'noRanking');
  const blocks: Block[] = [{ kind: 'heading', text: pdfText(language, 'matrixResult'), level: 3 }, { kind: 'paragraph', text: lead, tone: 'lead' }];
  if (evaluation.ranking.length > 0) {
    const notes = evaluation.ranking.map((r) =>
      [r.tiedWithPrevious ? pdfText(language, 'tiedWithPrevious') : '', r.missing > 0 ? pdfText(language, 'unscoredCells', { n: r.missing }) : ''].filter(Boolean).join('; '),
    );
    const noted = notes.some(Boolean);
    blocks.push({
      kind: 'table',
      columns: [
        { header: pdfText(language, 'rank'), align: 'right' },
        { header: pdfText(language, 'option') },
        { header: pdfText(language, 'weightedTotal'), align: 'right', nowrap: true },
        ...(noted ? [{ header: pdfText(language, 'note') }] : []),
      ],
      rows: evaluation.ranking.map((r, i) => [String(r.rank), optionName(r.optionId), percentText(r.total, language), ...(noted ? [notes[i] ?? ''] : [])]),
    });
  }
  return blocks;
}

function totalsBlock(result: MatrixResult, language: Language): Block {
  const { stage, evaluation, optionName } = result;
  const excluded = new Set(evaluation.excluded.map((e) => e.optionId));
  const ranked = evaluation.ranking.map((r) => r.optionId);
  const order = [...ranked, ...stage.options.map((o) => o.id).filter((id) => excluded.has(id))];
  return {
      kind: 'totals',
      title: pdfText(language, 'totalsChart'),
      max: 100,
      maxText: percentText(1, language),
      bars: order.map((id, i) => ({
        label: optionName(id),
        value: Math.round((evaluation.totals.get(id) ?? 0) * 100),
        text: percentText(evaluation.totals.get(id) ?? 0, language),
        ...(excluded.has(id) ? { muted: true, note: pdfText(language, 'knockedOutShort') } : {}),
        ...(i === 0 && !excluded.has(id) ? { highlight: true } : {}),
      })),
  };
}

/** The ranked options' normalised scores on a radar (three criteria at least, five options at most). */
function radarBlocks(result: MatrixResult, language: Language): Block[] {
  const { stage, evaluation, optionName } = result;
  const ranked = evaluation.ranking.map((r) => r.optionId);
  if (stage.criteria.length < 3 || ranked.length === 0) return [];
  const index = new Map(stage.options.map((o, i) => [o.id, i] as const));
  return [
    {
      kind: 'radar',
      title: pdfText(language, 'radarChart'),
      axes: stage.criteria.map((c) => c.name),
      series: ranked.slice(0, radarSeries).map((id) => ({ label: optionName(id), values: evaluation.normalised[index.get(id) ?? -1] ?? [] })),
    },
  ];
}

function knockoutBlocks(result: MatrixResult, language: Language): Block[] {
  const { stage, evaluation, optionName, criterionName } = result;
  if (evaluation.excluded.length === 0) return [];
  const unit = (id: string) => stage.criteria.find((c) => c.id === id)?.unit.trim() ?? '';
  const withUnit = (n: number | null, id: string) => (n === null ? '' : [String(n), unit(id)].filter(Boolean).join(' '));
  return [
    { kind: 'heading', text: pdfText(language, 'knockedOut'), level: 3 },
    {
      kind: 'table',
      columns: [
        { header: pdfText(language, 'option') },
        { header: pdfText(language, 'reason') },
      ],
      rows: evaluation.excluded.map((e) => [
        optionName(e.optionId),
        e.failures
          .map((f) => {
            const key = f.reason === 'below' ? 'koBelow' : f.reason === 'above' ? 'koAbove' : 'koMissing';
            return pdfText(language, key, { criterion: criterionName(f.criterionId), value: withUnit(f.value, f.criterionId), threshold: withUnit(f.threshold, f.criterionId) });
          })
          .join('\n'),
      ]),
    },
  ];
}

function criteriaBlocks(result: MatrixResult, options: HandoutOptions): Block[] {
  const { language } = options;
  const { stage, evaluation } = result;
  if (stage.criteria.length === 0) return [];
  const full = options.preset === 'full';
  const pairwise = evaluation.pairwise;
  return [
    { kind: 'heading', text: pdfText(language, 'criteriaWeights'), level: 3 },
    ...(pairwise
      ? [{ kind: 'paragraph', tone: 'muted', text: pdfText(language, 'pairwiseNote', { cr: pairwise.cr.toFixed(2), verdict: pdfText(language, pairwise.acceptable ? 'consistent' : 'inconsistent') }) } as const]
      : []),
    {
      kind: 'table',
      columns: [
        { header: pdfText(language, 'criterion') },
        { header: pdfText(language, 'weight'), align: 'right', nowrap: true },
        { header: pdfText(language, 'direction') },
        { header: pdfText(language, 'mustHave'), nowrap: true },
      ],
      rows: stage.criteria.map((c, k): Cell[] => [
        full && c.description.trim() ? `${c.name}\n${c.description}` : c.name,
        percentText(evaluation.weights[k] ?? 0, language),
        pdfText(language, c.direction),
        c.knockout === null ? '—' : `${c.direction === 'benefit' ? '≥' : '≤'} ${c.knockout}${c.unit.trim() ? ` ${c.unit.trim()}` : ''}`,
      ]),
    },
  ];
}

function sensitivityBlocks(result: MatrixResult, language: Language): Block[] {
  const { stage, evaluation, optionName, criterionName } = result;
  const winner = evaluation.ranking[0];
  if (!winner || evaluation.ranking.length < 2 || winner.total <= 0) return [];
  return [
    { kind: 'heading', text: pdfText(language, 'sensitivity'), level: 3 },
    { kind: 'paragraph', tone: 'muted', text: pdfText(language, 'sensitivityLead', { option: optionName(winner.optionId) }) },
    {
      kind: 'table',
      columns: [
        { header: pdfText(language, 'criterion') },
        { header: pdfText(language, 'weight'), align: 'right', nowrap: true },
        { header: pdfText(language, 'winnerHolds') },
      ],
      rows: evaluation.sensitivity.map((s) => {
        const k = stage.criteria.findIndex((c) => c.id === s.criterionId);
        const upFirst = s.up !== null && (s.down === null || s.up <= s.down);
        const flip = upFirst
          ? pdfText(language, 'flipsAt', { delta: signedPercent(s.up ?? 0, '+', language), option: optionName(s.upWinner) })
          : s.down !== null
            ? pdfText(language, 'flipsAt', { delta: signedPercent(s.down, '−', language), option: optionName(s.downWinner) })
            : pdfText(language, 'robust');
        return [criterionName(s.criterionId), percentText(evaluation.weights[k] ?? 0, language), flip];
      }),
    },
  ];
}

/**
 * A decision matrix for a reader who was not in the room: the winner in a sentence, the ranking
 * table, the weighted totals as bars (a vector drawing), the options a must-have knocked out and
 * why, the criteria with their weights, the scores per criterion as a radar, and how sensitive the
 * winner is to each weight. The full record adds the options' descriptions.
 */
export function matrixBlocks(stage: MatrixStage, options: HandoutOptions): Block[] {
  const { language } = options;
  const result = matrixResult(stage);
  if (!result) return stage.criteria.length > 0 ? [itemTable([...stage.criteria], language)] : [];
  return [
    ...rankingBlocks(result, language),
    totalsBlock(result, language),
    ...knockoutBlocks(result, language),
    ...criteriaBlocks(result, options),
    ...radarBlocks(result, language),
    ...sensitivityBlocks(result, language),
    ...(options.preset === 'full' ? [{ kind: 'heading', text: pdfText(language, 'list.options'), level: 3 } as const, itemTable([...stage.options], language)] : []),
  ];
}
