import type { Id } from '../model/ids';
import type { Risk, Workshop } from '../model/workshop';
import { riskSchema } from '../model/workshop';
import { appendMitigation } from '../risks/register';
import { addToStageList, documentHasId, moveById, removeById, replaceById, updateStageList } from './helpers';

export type RiskPatch = Partial<Omit<Risk, 'id'>>;

/**
 * The risk register (stage 8). A risk or an edit the schema would reject (over-long text, a rating
 * outside 1…5, an unknown category or status, a bad link id) is refused, not truncated: the
 * document returned is the very same object, so nothing is saved or recorded for undo.
 */
export type RiskCommand =
  | { type: 'risk/add'; stageId: Id; risk: Risk; index?: number }
  | { type: 'risk/edit'; stageId: Id; riskId: Id; patch: RiskPatch }
  | { type: 'risk/move'; stageId: Id; riskId: Id; toIndex: number }
  | { type: 'risk/delete'; stageId: Id; riskId: Id }
  /** Appends a line (a library mitigation) to the risk's mitigation, once. */
  | { type: 'risk/append-mitigation'; stageId: Id; riskId: Id; text: string }
  /** Links the risk to another item of the document (a card, a matrix option, an ADR). */
  | { type: 'risk/link'; stageId: Id; riskId: Id; targetId: Id }
  | { type: 'risk/unlink'; stageId: Id; riskId: Id; targetId: Id };

const valid = (risk: Risk) => riskSchema.safeParse(risk).success;
const same = (a: Risk, b: Risk) => JSON.stringify(a) === JSON.stringify(b);

/** Replaces one risk by `change(risk)` when the result is valid and differs; otherwise no change. */
function updateRisk(doc: Workshop, stageId: Id, riskId: Id, change: (risk: Risk) => Risk | null): Workshop {
  return updateStageList(doc, stageId, 'risks', 'risks', (risks) =>
    replaceById(risks, riskId, (risk) => {
      const next = change(risk);
      return next && !same(next, risk) && valid(next) ? next : null;
    }),
  );
}

export function applyRiskCommand(doc: Workshop, cmd: RiskCommand): Workshop {
  switch (cmd.type) {
    case 'risk/add': {
      const risk = { ...cmd.risk, linkedIds: [...cmd.risk.linkedIds] };
      if (documentHasId(doc, risk.id) || !valid(risk)) return doc;
      return addToStageList(doc, cmd.stageId, 'risks', 'risks', risk, cmd.index);
    }
    case 'risk/edit': {
      const patch = Object.fromEntries(Object.entries(cmd.patch).filter(([k, v]) => v !== undefined && k !== 'id' && k in riskSchema.shape));
      return updateRisk(doc, cmd.stageId, cmd.riskId, (risk) => ({ ...risk, ...patch }));
    }
    case 'risk/move':
      // A fractional index counts as the whole one below it; NaN moves nothing.
      if (Number.isNaN(cmd.toIndex)) return doc;
      return updateStageList(doc, cmd.stageId, 'risks', 'risks', (risks) => moveById(risks, cmd.riskId, Math.trunc(cmd.toIndex)));
    case 'risk/delete':
      return updateStageList(doc, cmd.stageId, 'risks', 'risks', (risks) => removeById(risks, cmd.riskId));
    case 'risk/append-mitigation':
      return updateRisk(doc, cmd.stageId, cmd.riskId, (risk) => ({ ...risk, mitigation: appendMitigation(risk.mitigation, cmd.text) }));
    case 'risk/link':
      // Only to an item that exists, never to itself, once.
      if (cmd.targetId === cmd.riskId || !documentHasId(doc, cmd.targetId)) return doc;
      return updateRisk(doc, cmd.stageId, cmd.riskId, (risk) => (risk.linkedIds.includes(cmd.targetId) ? null : { ...risk, linkedIds: [...risk.linkedIds, cmd.targetId] }));
    case 'risk/unlink':
      return updateRisk(doc, cmd.stageId, cmd.riskId, (risk) => ({ ...risk, linkedIds: risk.linkedIds.filter((id) => id !== cmd.targetId) }));
  }
}
