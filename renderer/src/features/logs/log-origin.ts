import type { Stage } from '../../../../shared/model/workshop';

/** Where a parking-lot item or decision came up: a stage still on the agenda, a stage since deleted, or none. */
export type LogOrigin = { kind: 'stage'; number: number; title: string } | { kind: 'removed' } | { kind: 'workshop' };

export function logOrigin(stages: readonly Stage[], stageId: string | null): LogOrigin {
  if (stageId === null) return { kind: 'workshop' };
  const index = stages.findIndex((s) => s.id === stageId);
  const stage = stages[index];
  return stage ? { kind: 'stage', number: index + 1, title: stage.title } : { kind: 'removed' };
}
