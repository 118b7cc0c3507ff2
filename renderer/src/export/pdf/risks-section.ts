import type { Risk, StageOf } from '../../../../shared/model/workshop';
import { buildHeatMap, levelBands, riskLevel, riskScore, sortByScore } from '../../../../shared/risks';
import type { Language } from '../../../../shared/model/workshop';
import type { Block, Cell, HandoutOptions, HeatMapBlock } from './handout';
import { pdfText } from './strings';
import { levelColors } from './theme';

const listSeparator = (language: Language) => (language === 'zh-CN' ? '、' : ', ');

function registerTable(risks: readonly Risk[], options: HandoutOptions): Block {
  const { language } = options;
  const full = options.preset === 'full';
  return {
    kind: 'table',
    columns: [
      { header: '#', align: 'right' },
      { header: pdfText(language, 'risk') },
      { header: pdfText(language, 'category') },
      { header: pdfText(language, 'riskScore'), nowrap: true },
      { header: pdfText(language, 'field.owner') },
      { header: pdfText(language, 'mitigation') },
      { header: pdfText(language, 'status') },
    ],
    rows: risks.map((r, i): Cell[] => {
      const level = riskLevel(r);
      const score = riskScore(r);
      return [
        String(i + 1),
        full && r.description.trim() ? `${r.title}\n${r.description}` : r.title,
        pdfText(language, `riskCategory.${r.category}`),
        level && score !== null ? { text: `${score} = ${r.likelihood} × ${r.impact}`, swatch: levelColors[level] } : '—',
        r.owner,
        (r.mitigation.trim() || (full ? '' : r.description)).replace(/^\s*[-•*]\s+/gm, '• '),
        pdfText(language, `riskStatus.${r.status}`),
      ];
    }),
  };
}

/** The register's heat map: impact up, likelihood along (as on the board), open risks only. */
function heatMapBlock(risks: readonly Risk[], language: Language): HeatMapBlock {
  const map = buildHeatMap(risks);
  const counts = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 0));
  const cellColors = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => ''));
  for (const cell of map.rows.flat()) {
    (counts[cell.impact - 1] ?? [])[cell.likelihood - 1] = cell.riskIds.length;
    (cellColors[cell.impact - 1] ?? [])[cell.likelihood - 1] = levelColors[cell.level];
  }
  return {
    kind: 'heatmap',
    title: pdfText(language, 'heatMap'),
    xLabel: pdfText(language, 'likelihood'),
    yLabel: pdfText(language, 'impact'),
    counts,
    colors: cellColors,
    legend: levelBands.map((b) => ({ label: pdfText(language, 'levelRange', { level: pdfText(language, `level.${b.level}`), min: b.min, max: b.max }), color: levelColors[b.level] })),
  };
}

/**
 * The risk register: every risk, highest likelihood × impact first (unrated last), with its level
 * as a colour and a number; then the 5 × 5 heat map of the risks still open, and a note naming any
 * risk not rated yet. The full record adds each risk's description.
 */
export function riskBlocks(stage: StageOf<'risks'>, options: HandoutOptions): Block[] {
  const { language } = options;
  if (stage.risks.length === 0) return [];
  const sorted = sortByScore(stage.risks);
  const unrated = stage.risks.filter((r) => r.status !== 'closed' && riskScore(r) === null);
  const notes = [
    ...(unrated.length > 0 ? [pdfText(language, 'unratedRisks', { titles: unrated.map((r) => r.title).join(listSeparator(language)) })] : []),
    ...(stage.risks.some((r) => r.status === 'closed') ? [pdfText(language, 'closedRisksNote')] : []),
  ];
  return [
    registerTable(sorted, options),
    heatMapBlock(stage.risks, language),
    ...(notes.length > 0 ? [{ kind: 'paragraph', tone: 'muted', text: notes.join(' ') } as const] : []),
  ];
}
