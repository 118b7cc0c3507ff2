import type { Workshop } from '../../../../shared/model/workshop';
import { formatDate } from './format';
import type { HandoutOptions, HandoutSection } from './handout';
import type { PdfStringKey } from './strings';
import { pdfText } from './strings';
import { logItems } from './workshop-reading';

type LogKey = 'decisions' | 'parkingLot';

const titles: Record<LogKey, PdfStringKey> = { decisions: 'decisionLog', parkingLot: 'parkingLot' };
const entryHeaders: Record<LogKey, PdfStringKey> = { decisions: 'decision', parkingLot: 'parkedItem' };

/** "15:40, 2026年1月15日": when an entry was recorded, in the time zone it was written in. */
function recordedAt(iso: string | undefined, options: HandoutOptions): string {
  if (!iso) return '';
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  const date = formatDate(iso, options.language);
  return time ? `${date} ${time}` : date;
}

/**
 * The decision log or the parking lot as a section of its own: a table of the entries with the
 * stage each came up in and when. Null when the log is empty (no empty section in the handout).
 */
export function logSection(doc: Workshop, key: LogKey, options: HandoutOptions): HandoutSection | null {
  const { language } = options;
  const items = logItems(doc, key);
  if (items.length === 0) return null;
  const stages = new Map(doc.stages.map((s) => [s.id, s.title]));
  const hasStage = items.some((e) => e.stageId !== undefined && stages.has(e.stageId));
  return {
    key,
    title: pdfText(language, titles[key]),
    blocks: [
      {
        kind: 'table',
        columns: [
          { header: '#', align: 'right' },
          { header: pdfText(language, entryHeaders[key]) },
          ...(hasStage ? [{ header: pdfText(language, 'stage') }] : []),
          { header: pdfText(language, 'recorded'), nowrap: true },
        ],
        rows: items.map((e, i) => [
          String(i + 1),
          e.text,
          ...(hasStage ? [stages.get(e.stageId ?? '') ?? ''] : []),
          recordedAt(e.createdAt, options),
        ]),
      },
    ],
  };
}
