import type { Participant, Workshop } from '../model/workshop';
import { documentHasId } from './helpers';

export type WorkshopCommand =
  | { type: 'workshop/rename'; title: string }
  | { type: 'participant/add'; participant: Participant }
  | { type: 'participant/remove'; participantId: string };

export function applyWorkshopCommand(doc: Workshop, cmd: WorkshopCommand): Workshop {
  switch (cmd.type) {
    case 'workshop/rename':
      return cmd.title === doc.title ? doc : { ...doc, title: cmd.title };
    case 'participant/add':
      if (documentHasId(doc, cmd.participant.id)) return doc;
      return { ...doc, participants: [...doc.participants, cmd.participant] };
    case 'participant/remove':
      if (!doc.participants.some((p) => p.id === cmd.participantId)) return doc;
      return { ...doc, participants: doc.participants.filter((p) => p.id !== cmd.participantId) };
  }
}
