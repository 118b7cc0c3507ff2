import type { StageOf } from '../../../../shared/model/workshop';
import { formatDate } from './format';
import type { Block, Cell, HandoutOptions } from './handout';
import { pdfText } from './strings';

type ActionsStage = StageOf<'actions'>;

const statusSwatch = { todo: '#b8c0c8', doing: '#f0ad4e', done: '#5cb85c' } as const;

/**
 * Continuous optimisation and actions: the action items (title, owner, due date, status as a word
 * and a colour), the monitoring plan (metric, threshold, who watches), the feedback channels and
 * the review cadence.
 */
export function actionBlocks(stage: ActionsStage, options: HandoutOptions): Block[] {
  const { language } = options;
  const blocks: Block[] = [];
  if (stage.actions.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: '#', align: 'right' },
        { header: pdfText(language, 'action') },
        { header: pdfText(language, 'field.owner') },
        { header: pdfText(language, 'field.due'), nowrap: true },
        { header: pdfText(language, 'status') },
      ],
      rows: stage.actions.map((a, i): Cell[] => [
        String(i + 1),
        a.title,
        a.owner,
        a.due ? formatDate(a.due, language) : '—',
        { text: pdfText(language, `actionStatus.${a.status}`), swatch: statusSwatch[a.status] },
      ]),
    });
  }
  if (stage.monitoring.length > 0) {
    blocks.push(
      { kind: 'heading', text: pdfText(language, 'monitoringPlan'), level: 3 },
      {
        kind: 'table',
        columns: [
          { header: pdfText(language, 'metric') },
          { header: pdfText(language, 'threshold') },
          { header: pdfText(language, 'watcher') },
        ],
        rows: stage.monitoring.map((m) => [m.metric, m.threshold, m.watcher]),
      },
    );
  }
  const loop = [
    ...(stage.feedbackChannels.trim() ? [{ key: pdfText(language, 'feedbackChannels'), value: stage.feedbackChannels.trim() }] : []),
    ...(stage.cadence.trim() ? [{ key: pdfText(language, 'cadence'), value: stage.cadence.trim() }] : []),
  ];
  if (loop.length > 0) blocks.push({ kind: 'keyValue', pairs: loop });
  return blocks;
}
