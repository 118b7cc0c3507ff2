import { linkTargets } from '../actions/link-targets';
import type { Id } from '../model/ids';
import { limits } from '../model/limits';
import type { Action, StageOf, Workshop } from '../model/workshop';
import { addToStageList, documentHasId, moveById, removeById, replaceById, updateStageList, updateStageOf } from './helpers';

export type ActionPatch = Partial<Pick<Action, 'title' | 'owner' | 'due' | 'status'>>;
type Monitoring = StageOf<'actions'>['monitoring'][number];
export type MonitoringPatch = Partial<Pick<Monitoring, 'metric' | 'threshold' | 'watcher'>>;

/**
 * Actions and continuous optimisation (stage 9): action items with owner, due date, status and
 * links to what they follow from; the monitoring plan; feedback channels; the iteration cadence.
 * Over-limit text, a malformed date, an unknown status or a link to nothing is refused (the same
 * document comes back), never truncated or guessed.
 */
export type ActionsCommand =
  | { type: 'actions/add'; stageId: Id; action: Action; index?: number }
  | { type: 'actions/edit'; stageId: Id; actionId: Id; patch: ActionPatch }
  | { type: 'actions/move'; stageId: Id; actionId: Id; toIndex: number }
  | { type: 'actions/delete'; stageId: Id; actionId: Id }
  /** Links an action to an item elsewhere in the workshop (a card, option, risk, ADR…). */
  | { type: 'actions/link'; stageId: Id; actionId: Id; targetId: Id }
  | { type: 'actions/unlink'; stageId: Id; actionId: Id; targetId: Id }
  | { type: 'actions/monitoring-add'; stageId: Id; item: Monitoring; index?: number }
  | { type: 'actions/monitoring-edit'; stageId: Id; itemId: Id; patch: MonitoringPatch }
  | { type: 'actions/monitoring-move'; stageId: Id; itemId: Id; toIndex: number }
  | { type: 'actions/monitoring-delete'; stageId: Id; itemId: Id }
  | { type: 'actions/feedback-edit'; stageId: Id; text: string }
  | { type: 'actions/cadence-edit'; stageId: Id; text: string };

type ActionsStage = StageOf<'actions'>;

const statuses: readonly string[] = ['todo', 'doing', 'done'];
const maxLinks = 200;
const shortFits = (text: string | undefined) => text === undefined || text.length <= limits.shortChars;

/** '' or a real calendar date written YYYY-MM-DD (no 2025-02-30). */
export function validDue(due: string): boolean {
  if (due === '') return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due)) return false;
  const date = new Date(`${due}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === due;
}

const actionPatchAllowed = (p: ActionPatch) =>
  shortFits(p.title) && shortFits(p.owner) && (p.due === undefined || validDue(p.due)) && (p.status === undefined || statuses.includes(p.status));
const monitoringPatchAllowed = (p: MonitoringPatch) => shortFits(p.metric) && shortFits(p.threshold) && shortFits(p.watcher);

/** Applies the defined fields of `patch`; returns `item` itself when nothing changes. */
function patched<T extends object>(item: T, patch: object): T {
  const entries = Object.entries(patch).filter(([k, v]) => v !== undefined && (item as Record<string, unknown>)[k] !== v);
  return entries.length === 0 ? item : { ...item, ...Object.fromEntries(entries) };
}

function onActions(doc: Workshop, stageId: Id, update: (s: ActionsStage) => ActionsStage): Workshop {
  return updateStageOf(doc, stageId, 'actions', update);
}

function editAction(doc: Workshop, stageId: Id, actionId: Id, change: (a: Action) => Action): Workshop {
  return updateStageList(doc, stageId, 'actions', 'actions', (actions) => replaceById(actions, actionId, change));
}

export function applyActionsCommand(doc: Workshop, cmd: ActionsCommand): Workshop {
  switch (cmd.type) {
    case 'actions/add': {
      const { id, title, owner, due, status } = cmd.action;
      if (documentHasId(doc, id) || !actionPatchAllowed({ title, owner, due, status })) return doc;
      const known = new Set(linkTargets(doc).map((x) => x.id));
      const linkedIds = [...new Set(cmd.action.linkedIds)].filter((x) => known.has(x)).slice(0, maxLinks);
      return addToStageList(doc, cmd.stageId, 'actions', 'actions', { id, title, owner, due, status, linkedIds }, cmd.index);
    }
    case 'actions/edit':
      if (!actionPatchAllowed(cmd.patch)) return doc;
      return editAction(doc, cmd.stageId, cmd.actionId, (a) => patched(a, cmd.patch));
    case 'actions/move':
      return updateStageList(doc, cmd.stageId, 'actions', 'actions', (actions) => moveById(actions, cmd.actionId, cmd.toIndex));
    case 'actions/delete':
      return updateStageList(doc, cmd.stageId, 'actions', 'actions', (actions) => removeById(actions, cmd.actionId));
    case 'actions/link':
      if (!linkTargets(doc).some((x) => x.id === cmd.targetId)) return doc;
      return editAction(doc, cmd.stageId, cmd.actionId, (a) =>
        a.linkedIds.includes(cmd.targetId) || a.linkedIds.length >= maxLinks ? a : { ...a, linkedIds: [...a.linkedIds, cmd.targetId] },
      );
    case 'actions/unlink':
      return editAction(doc, cmd.stageId, cmd.actionId, (a) =>
        a.linkedIds.includes(cmd.targetId) ? { ...a, linkedIds: a.linkedIds.filter((x) => x !== cmd.targetId) } : a,
      );
    case 'actions/monitoring-add': {
      const { id, metric, threshold, watcher } = cmd.item;
      if (documentHasId(doc, id) || !monitoringPatchAllowed({ metric, threshold, watcher })) return doc;
      return addToStageList(doc, cmd.stageId, 'actions', 'monitoring', { id, metric, threshold, watcher }, cmd.index);
    }
    case 'actions/monitoring-edit':
      if (!monitoringPatchAllowed(cmd.patch)) return doc;
      return updateStageList(doc, cmd.stageId, 'actions', 'monitoring', (monitoring) => replaceById(monitoring, cmd.itemId, (m) => patched(m, cmd.patch)));
    case 'actions/monitoring-move':
      return updateStageList(doc, cmd.stageId, 'actions', 'monitoring', (monitoring) => moveById(monitoring, cmd.itemId, cmd.toIndex));
    case 'actions/monitoring-delete':
      return updateStageList(doc, cmd.stageId, 'actions', 'monitoring', (monitoring) => removeById(monitoring, cmd.itemId));
    case 'actions/feedback-edit':
      if (cmd.text.length > limits.textChars) return doc;
      return onActions(doc, cmd.stageId, (s) => (s.feedbackChannels === cmd.text ? s : { ...s, feedbackChannels: cmd.text }));
    case 'actions/cadence-edit':
      if (cmd.text.length > limits.shortChars) return doc;
      return onActions(doc, cmd.stageId, (s) => (s.cadence === cmd.text ? s : { ...s, cadence: cmd.text }));
  }
}
