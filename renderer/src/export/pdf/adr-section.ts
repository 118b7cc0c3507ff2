import type { Adr, Language, Workshop } from '../../../../shared/model/workshop';
import { formatDate } from './format';
import type { Block, Cell, HandoutOptions, HandoutSection } from './handout';
import { markdownBlocks } from './markdown-blocks';
import type { MatrixResult } from './matrix-reading';
import { matrixResult, matrixStages } from './matrix-reading';
import { pdfText } from './strings';

export const adrSectionKey = 'adrs';

/** "ADR-0003" */
export const adrLabel = (adr: Pick<Adr, 'number'>): string => `ADR-${String(adr.number).padStart(4, '0')}`;

/** Where an ADR's option stands in its matrix: "rank 1, 78 %", "knocked out", or nothing when unlinked. */
function matrixStanding(optionId: string | null, results: Map<string, MatrixResult>, language: Language): string {
  if (optionId === null) return '';
  for (const result of results.values()) {
    const ranked = result.evaluation.ranking.find((r) => r.optionId === optionId);
    if (ranked) return pdfText(language, 'matrixRank', { rank: ranked.rank, total: Math.round(ranked.total * 100) });
    if (result.evaluation.excluded.some((e) => e.optionId === optionId)) return pdfText(language, 'knockedOutShort');
  }
  return '';
}

const chosenMark = (language: Language): string => (language === 'zh-CN' ? `（${pdfText(language, 'chosen')}）` : `(${pdfText(language, 'chosen')})`);

const textBlocks = (heading: string, text: string): Block[] => (text.trim() ? [{ kind: 'heading', text: heading, level: 4 }, ...markdownBlocks(text)] : []);

function adrBlocks(adr: Adr, results: Map<string, MatrixResult>, language: Language): Block[] {
  const facts = [
    { key: pdfText(language, 'status'), value: pdfText(language, `adrStatus.${adr.status}`) },
    ...(adr.date.trim() ? [{ key: pdfText(language, 'date'), value: formatDate(adr.date.trim(), language) }] : []),
    ...(adr.deciders.length > 0 ? [{ key: pdfText(language, 'deciders'), value: adr.deciders.join(language === 'zh-CN' ? '、' : ', ') }] : []),
  ];
  const drivers = [
    ...adr.driverCriterionIds.flatMap((id) => [...results.values()].map((r) => r.criterionName(id)).filter(Boolean).slice(0, 1)),
    ...(adr.drivers.trim() ? [adr.drivers.trim()] : []),
  ];
  const linked = adr.options.some((o) => o.matrixOptionId !== null);
  const blocks: Block[] = [
    { kind: 'heading', text: `${adrLabel(adr)}  ${adr.title}`, level: 2 },
    { kind: 'keyValue', pairs: facts },
    ...textBlocks(pdfText(language, 'context'), adr.context),
    ...(drivers.length > 0 ? [{ kind: 'heading', text: pdfText(language, 'drivers'), level: 4 } as const, { kind: 'list', items: drivers } as const] : []),
  ];
  if (adr.options.length > 0) {
    blocks.push({ kind: 'heading', text: pdfText(language, 'optionsConsidered'), level: 4 }, {
      kind: 'table',
      columns: [
        { header: pdfText(language, 'option') },
        ...(linked ? [{ header: pdfText(language, 'inMatrix') }] : []),
        { header: pdfText(language, 'pros') },
        { header: pdfText(language, 'cons') },
      ],
      rows: adr.options.map((o): Cell[] => [
        o.id === adr.chosenOptionId ? { text: `${o.title}\n${chosenMark(language)}`, swatch: '#2e7d4f' } : o.title,
        ...(linked ? [matrixStanding(o.matrixOptionId, results, language)] : []),
        o.pros,
        o.cons,
      ]),
    });
  }
  blocks.push(...textBlocks(pdfText(language, 'decision'), adr.outcome), ...textBlocks(pdfText(language, 'consequences'), adr.consequences));
  return blocks;
}

/**
 * The architecture decision records, by number: each with status, date and deciders, context,
 * drivers (the matrix criteria it names, and free text), the options considered — where each stood
 * in the matrix, the chosen one marked —, the decision and its consequences. Null without ADRs.
 */
export function adrSection(doc: Workshop, options: HandoutOptions): HandoutSection | null {
  const { language } = options;
  if (doc.adrs.length === 0) return null;
  const results = new Map(matrixStages(doc).flatMap((s) => {
    const r = matrixResult(s);
    return r ? [[s.id, r] as const] : [];
  }));
  const adrs = [...doc.adrs].sort((a, b) => a.number - b.number);
  return { key: adrSectionKey, title: pdfText(language, 'architectureDecisions'), blocks: adrs.flatMap((adr) => adrBlocks(adr, results, language)) };
}
