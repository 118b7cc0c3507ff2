import type { Id } from '../model/ids';
import type { LogEntry, Workshop } from '../model/workshop';
import { documentHasId } from './helpers';

/** The parking lot and the decision log: workshop-wide lists reachable from every stage. */
export type LogName = 'parkingLot' | 'decisions';

export type LogCommand =
  | { type: 'log/add'; log: LogName; entry: LogEntry }
  | { type: 'log/edit'; log: LogName; entryId: Id; text: string }
  | { type: 'log/remove'; log: LogName; entryId: Id };

export function applyLogCommand(doc: Workshop, cmd: LogCommand): Workshop {
  const entries = doc[cmd.log];
  switch (cmd.type) {
    case 'log/add':
      return documentHasId(doc, cmd.entry.id) ? doc : { ...doc, [cmd.log]: [...entries, cmd.entry] };
    case 'log/edit': {
      const entry = entries.find((e) => e.id === cmd.entryId);
      if (!entry || entry.text === cmd.text) return doc;
      return { ...doc, [cmd.log]: entries.map((e) => (e === entry ? { ...e, text: cmd.text } : e)) };
    }
    case 'log/remove':
      return entries.some((e) => e.id === cmd.entryId) ? { ...doc, [cmd.log]: entries.filter((e) => e.id !== cmd.entryId) } : doc;
  }
}
