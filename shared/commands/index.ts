import type { Workshop } from '../model/workshop';
import type { ActionsCommand } from './actions';
import { applyActionsCommand } from './actions';
import type { AdrCommand } from './adr';
import { applyAdrCommand } from './adr';
import type { CardCommand } from './cards';
import { applyCardCommand } from './cards';
import type { GroupCommand } from './groups';
import { applyGroupCommand } from './groups';
import type { LogCommand } from './log';
import { applyLogCommand } from './log';
import type { MatrixCommand } from './matrix';
import { applyMatrixCommand } from './matrix';
import type { NoteCommand } from './notes';
import { applyNoteCommand } from './notes';
import type { RiskCommand } from './risks';
import { applyRiskCommand } from './risks';
import type { ScorecardCommand } from './scorecard';
import { applyScorecardCommand } from './scorecard';
import type { StageCommand } from './stages';
import { applyStageCommand } from './stages';
import type { TimerCommand } from './timer';
import { applyTimerCommand } from './timer';
import type { VotingCommand } from './voting';
import { applyVotingCommand } from './voting';
import type { WorkshopCommand } from './workshop';
import { applyWorkshopCommand } from './workshop';

export type { ActionPatch, ActionsCommand, MonitoringPatch } from './actions';
export type { AdrCommand, AdrPatch } from './adr';
export type { CardCommand, CardPatch } from './cards';
export type { GroupCommand } from './groups';
export type { LogCommand, LogName } from './log';
export type { CellPatch, CriterionPatch, MatrixCommand, MatrixOptionPatch } from './matrix';
export type { NoteCommand, NoteSection } from './notes';
export type { RiskCommand, RiskPatch } from './risks';
export type { DimensionPatch, PilotPatch, ScorecardCommand } from './scorecard';
export type { StageCommand } from './stages';
export type { TimerCommand } from './timer';
export type { VotingCommand } from './voting';
export type { WorkshopCommand } from './workshop';

/** Every change to a workshop document is one of these. */
export type Command =
  | WorkshopCommand
  | StageCommand
  | CardCommand
  | GroupCommand
  | VotingCommand
  | TimerCommand
  | LogCommand
  | AdrCommand
  | NoteCommand
  | MatrixCommand
  | ScorecardCommand
  | RiskCommand
  | ActionsCommand;

/**
 * Commands that move the room's attention or its clock rather than change its work: saved, but
 * not recorded for undo (undoing a card edit must not rewind the stage timer).
 */
export const navigationCommands: ReadonlySet<Command['type']> = new Set([
  'stage/select',
  'timer/start',
  'timer/pause',
  'timer/add-minutes',
  'timer/reset',
]);

/**
 * Applies one command. Pure: the input is never mutated, and a command that changes nothing
 * returns the very same document, so callers can skip saving and undo entries.
 */
export function applyCommand(doc: Workshop, cmd: Command): Workshop {
  const [area] = cmd.type.split('/');
  switch (area) {
    case 'workshop':
    case 'participant':
      return applyWorkshopCommand(doc, cmd as WorkshopCommand);
    case 'stage':
      return applyStageCommand(doc, cmd as StageCommand);
    case 'card':
      return applyCardCommand(doc, cmd as CardCommand);
    case 'group':
      return applyGroupCommand(doc, cmd as GroupCommand);
    case 'vote':
    case 'voting':
    case 'blind':
      return applyVotingCommand(doc, cmd as VotingCommand);
    case 'timer':
      return applyTimerCommand(doc, cmd as TimerCommand);
    case 'log':
      return applyLogCommand(doc, cmd as LogCommand);
    case 'adr':
      return applyAdrCommand(doc, cmd as AdrCommand);
    case 'matrix':
      return applyMatrixCommand(doc, cmd as MatrixCommand);
    case 'note':
      return applyNoteCommand(doc, cmd as NoteCommand);
    case 'risk':
      return applyRiskCommand(doc, cmd as RiskCommand);
    case 'scorecard':
      return applyScorecardCommand(doc, cmd as ScorecardCommand);
    case 'actions':
      return applyActionsCommand(doc, cmd as ActionsCommand);
    default:
      return doc;
  }
}
