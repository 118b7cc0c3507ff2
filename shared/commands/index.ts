import type { Workshop } from '../model/workshop';
import type { CardCommand } from './cards';
import { applyCardCommand } from './cards';
import type { StageCommand } from './stages';
import { applyStageCommand } from './stages';
import type { WorkshopCommand } from './workshop';
import { applyWorkshopCommand } from './workshop';

export type { CardCommand, CardPatch } from './cards';
export type { StageCommand } from './stages';
export type { WorkshopCommand } from './workshop';

/** Every change to a workshop document is one of these. */
export type Command = WorkshopCommand | StageCommand | CardCommand;

/** Commands that move the room's attention rather than change its work: not recorded for undo. */
export const navigationCommands: ReadonlySet<Command['type']> = new Set(['stage/select']);

/**
 * Applies one command. Pure: the input is never mutated, and a command that changes nothing
 * returns the very same document, so callers can skip saving and undo entries.
 */
export function applyCommand(doc: Workshop, cmd: Command): Workshop {
  switch (cmd.type) {
    case 'workshop/rename':
    case 'participant/add':
    case 'participant/remove':
      return applyWorkshopCommand(doc, cmd);
    case 'stage/add':
    case 'stage/rename':
    case 'stage/set-timebox':
    case 'stage/move':
    case 'stage/delete':
    case 'stage/select':
      return applyStageCommand(doc, cmd);
    case 'card/add':
    case 'card/edit':
    case 'card/delete':
      return applyCardCommand(doc, cmd);
  }
}
