import type { Id } from '../model/ids';
import { emptyStage } from '../model/templates';
import type { StageKind, Workshop } from '../model/workshop';
import { clampTimebox, documentHasId, moveItem, updateStage } from './helpers';

export type StageCommand =
  | { type: 'stage/add'; stageId: Id; kind: StageKind; title: string; timeboxMinutes: number; index?: number }
  | { type: 'stage/rename'; stageId: Id; title: string }
  | { type: 'stage/set-timebox'; stageId: Id; minutes: number }
  | { type: 'stage/move'; stageId: Id; toIndex: number }
  | { type: 'stage/delete'; stageId: Id }
  | { type: 'stage/select'; stageId: Id };

export function applyStageCommand(doc: Workshop, cmd: StageCommand): Workshop {
  switch (cmd.type) {
    case 'stage/add': {
      if (documentHasId(doc, cmd.stageId)) return doc;
      const stage = emptyStage(cmd.kind, {
        id: cmd.stageId,
        title: cmd.title,
        goal: '',
        prompts: [],
        timeboxMinutes: clampTimebox(cmd.timeboxMinutes) ?? 0,
      });
      const stages = doc.stages.slice();
      stages.splice(cmd.index ?? stages.length, 0, stage);
      return { ...doc, stages, currentStageId: stage.id };
    }
    case 'stage/rename':
      return updateStage(doc, cmd.stageId, (s) => (s.title === cmd.title ? s : { ...s, title: cmd.title }));
    case 'stage/set-timebox': {
      const minutes = clampTimebox(cmd.minutes);
      if (minutes === null) return doc;
      return updateStage(doc, cmd.stageId, (s) => (s.timeboxMinutes === minutes ? s : { ...s, timeboxMinutes: minutes }));
    }
    case 'stage/move': {
      const from = doc.stages.findIndex((s) => s.id === cmd.stageId);
      const to = Math.max(0, Math.min(cmd.toIndex, doc.stages.length - 1));
      if (from < 0 || from === to) return doc;
      return { ...doc, stages: moveItem(doc.stages, from, to) };
    }
    case 'stage/delete': {
      const index = doc.stages.findIndex((s) => s.id === cmd.stageId);
      if (index < 0) return doc;
      const stages = doc.stages.filter((s) => s.id !== cmd.stageId);
      const current =
        doc.currentStageId === cmd.stageId
          ? (stages[Math.min(index, stages.length - 1)]?.id ?? null)
          : doc.currentStageId;
      return { ...doc, stages, currentStageId: current };
    }
    case 'stage/select':
      if (doc.currentStageId === cmd.stageId || !doc.stages.some((s) => s.id === cmd.stageId)) return doc;
      return { ...doc, currentStageId: cmd.stageId };
  }
}
