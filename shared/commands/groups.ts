import type { Id } from '../model/ids';
import type { CardGroup, Workshop } from '../model/workshop';
import { documentHasId, moveById, updateStageList, updateStageOf } from './helpers';

/** Columns / affinity clusters of a cards board. */
export type GroupCommand =
  | { type: 'group/add'; stageId: Id; group: CardGroup }
  | { type: 'group/rename'; stageId: Id; groupId: Id; title: string }
  | { type: 'group/move'; stageId: Id; groupId: Id; toIndex: number }
  /** Its cards stay on the board, ungrouped. */
  | { type: 'group/delete'; stageId: Id; groupId: Id };

export function applyGroupCommand(doc: Workshop, cmd: GroupCommand): Workshop {
  switch (cmd.type) {
    case 'group/add':
      if (documentHasId(doc, cmd.group.id)) return doc;
      return updateStageOf(doc, cmd.stageId, 'cards', (s) => ({ ...s, groups: [...s.groups, cmd.group] }));
    case 'group/rename':
      return updateStageOf(doc, cmd.stageId, 'cards', (s) => {
        const group = s.groups.find((g) => g.id === cmd.groupId);
        if (!group || group.title === cmd.title) return s;
        return { ...s, groups: s.groups.map((g) => (g === group ? { ...g, title: cmd.title } : g)) };
      });
    case 'group/move':
      return updateStageList(doc, cmd.stageId, 'cards', 'groups', (groups) => moveById(groups, cmd.groupId, cmd.toIndex));
    case 'group/delete':
      return updateStageOf(doc, cmd.stageId, 'cards', (s) =>
        s.groups.some((g) => g.id === cmd.groupId)
          ? {
              ...s,
              groups: s.groups.filter((g) => g.id !== cmd.groupId),
              cards: s.cards.map((c) => (c.groupId === cmd.groupId ? { ...c, groupId: null } : c)),
            }
          : s,
      );
  }
}
