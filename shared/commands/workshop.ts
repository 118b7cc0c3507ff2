import type { Participant, Stage, Workshop } from '../model/workshop';
import { documentHasId } from './helpers';

export type WorkshopCommand =
  | { type: 'workshop/rename'; title: string }
  | { type: 'participant/add'; participant: Participant }
  | { type: 'participant/edit'; participantId: string; name: string; role: string }
  /** Also takes back the participant's dots and blind matrix scores; cards they wrote stay, without an author. */
  | { type: 'participant/remove'; participantId: string };

function forgetParticipant(stage: Stage, participantId: string): Stage {
  if (stage.kind === 'matrix') {
    const scores = stage.blindScoring.scores.filter((s) => s.participantId !== participantId);
    return scores.length === stage.blindScoring.scores.length ? stage : { ...stage, blindScoring: { ...stage.blindScoring, scores } };
  }
  if (stage.kind !== 'cards') return stage;
  const votes = stage.voting.votes.filter((v) => v.participantId !== participantId);
  const authored = stage.cards.some((c) => c.authorId === participantId);
  if (votes.length === stage.voting.votes.length && !authored) return stage;
  return {
    ...stage,
    voting: { ...stage.voting, votes },
    cards: authored ? stage.cards.map((c) => (c.authorId === participantId ? { ...c, authorId: null } : c)) : stage.cards,
  };
}

export function applyWorkshopCommand(doc: Workshop, cmd: WorkshopCommand): Workshop {
  switch (cmd.type) {
    case 'workshop/rename':
      return cmd.title === doc.title ? doc : { ...doc, title: cmd.title };
    case 'participant/add':
      if (documentHasId(doc, cmd.participant.id)) return doc;
      return { ...doc, participants: [...doc.participants, cmd.participant] };
    case 'participant/edit': {
      const p = doc.participants.find((x) => x.id === cmd.participantId);
      if (!p || (p.name === cmd.name && p.role === cmd.role)) return doc;
      return { ...doc, participants: doc.participants.map((x) => (x === p ? { ...x, name: cmd.name, role: cmd.role } : x)) };
    }
    case 'participant/remove':
      if (!doc.participants.some((p) => p.id === cmd.participantId)) return doc;
      return {
        ...doc,
        participants: doc.participants.filter((p) => p.id !== cmd.participantId),
        stages: doc.stages.map((s) => forgetParticipant(s, cmd.participantId)),
      };
  }
}
