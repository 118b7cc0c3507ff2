import type { Workshop } from '../../../../shared/model/workshop';

/** Dots a participant has placed, over every cards stage: what removing them takes back. */
export function participantVotes(doc: Workshop, participantId: string): number {
  let total = 0;
  for (const stage of doc.stages) {
    if (stage.kind !== 'cards') continue;
    for (const vote of stage.voting.votes) if (vote.participantId === participantId) total += vote.count;
  }
  return total;
}
