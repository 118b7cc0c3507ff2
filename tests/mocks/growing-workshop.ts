import type { Workshop } from '../../shared/model/workshop';
import { newCard } from '../../shared/model/workshop';
import { sampleWorkshop } from './workshops';

const base = sampleWorkshop({ id: 'crash-test', itemsPerStage: 2 });
const maxCards = 300;

/** Version `v` of a workshop that grows by one card per version (up to 300), titled with its version. */
export function growingWorkshop(v: number): Workshop {
  const stages = base.stages.map((stage, i) => {
    if (i !== 0 || stage.kind !== 'cards') return stage;
    const count = Math.min(v, maxCards);
    const cards = Array.from({ length: count }, (_, c) =>
      newCard({ id: `grow${c}`, text: c === count - 1 ? `第 ${v} 版的最新卡片 · card of version ${v}` : `卡片 ${c} · card ${c}`, createdAt: base.createdAt }),
    );
    return { ...stage, cards: [...stage.cards, ...cards] };
  });
  return { ...base, title: `Version ${v}`, updatedAt: new Date(Date.UTC(2026, 0, 1) + v * 1000).toISOString(), stages };
}

/** The version a document of `growingWorkshop` says it is. */
export function versionOf(doc: Workshop): number {
  const m = /^Version (\d+)$/.exec(doc.title);
  if (!m?.[1]) throw new Error(`not a growing workshop: ${doc.title}`);
  return Number(m[1]);
}
