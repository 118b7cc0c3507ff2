import { describe, expect, it } from 'vitest';
import { openSampleCopy } from '../../../renderer/src/features/home/sample-actions';
import { createMemoryHost } from '../../../renderer/src/host/memory';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { parseWorkshopText } from '../../../shared/model/codec';
import { definedIds, sampleWorkshops } from '../../../shared/samples';

/** "Open a copy" on the home screen: a saved, shown workshop with fresh ids; each copy separate. */
describe('opening a sample copy', () => {
  it('saves a copy with fresh ids, dated now, shows it, and a second copy is a second workshop', async () => {
    const files = new Map<string, string>();
    const host = createMemoryHost(files);
    const store = createAppStore(host, 'zh-CN');
    const sample = sampleWorkshops.find((s) => s.id === 'customer-service-zh')!;
    let n = 0;
    const makeId = () => `copy${n++}`;
    await openSampleCopy({ host, store }, 'customer-service-zh', new Date('2026-11-29T08:00:00Z'), makeId);

    const { doc, screen, save } = store.getState();
    expect(screen).toBe('workshop');
    expect(save.state).toBe('saved');
    expect(doc?.title).toBe(sample.build().title);
    expect(doc?.createdAt).toBe('2026-11-29T08:00:00.000Z');
    const original = new Set(definedIds(sample.build()));
    expect(definedIds(doc!).filter((id) => original.has(id))).toEqual([]);
    expect(files.size).toBe(1);
    const stored = parseWorkshopText([...files.values()][0]!);
    expect(stored.ok && stored.value.doc).toStrictEqual(doc);

    await openSampleCopy({ host, store }, 'customer-service-zh', new Date('2026-11-29T08:05:00Z'), makeId);
    expect(files.size).toBe(2);
    await store.getState().closeWorkshop();
    expect(store.getState().listing?.workshops.map((w) => w.title)).toEqual([sample.build().title, sample.build().title]);
  });

  it('moves the sample to today: actions keep their spacing and none is overdue, cards are written today', async () => {
    const store = createAppStore(createMemoryHost(new Map()), 'en');
    const now = new Date(2026, 10, 29, 9, 30);
    await openSampleCopy({ host: createMemoryHost(new Map()), store }, 'contract-review-en', now);
    const doc = store.getState().doc!;
    const original = sampleWorkshops.find((s) => s.id === 'contract-review-en')!.build();
    const dues = (w: typeof doc) => w.stages.flatMap((s) => (s.kind === 'actions' ? s.actions.map((a) => a.due) : []));
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const heldOn = (w: typeof doc) => day(w.stages.flatMap((s) => (s.kind === 'cards' ? s.cards : []))[0]!.createdAt.slice(0, 10));
    // The English sample was held on 21 April 2026, its pilot due on 1 June: 41 days later.
    expect(dues(original)).toContain('2026-06-01');
    expect(dues(doc)).toContain('2027-01-09');
    expect(dues(doc).map((d) => day(d) - heldOn(doc))).toEqual(dues(original).map((d) => day(d) - heldOn(original)));
    expect(heldOn(doc)).toBe(day('2026-11-29'));
    expect(dues(doc).every((d) => d >= '2026-11-29')).toBe(true);
    expect(doc.adrs.map((a) => a.date).every((d) => d === '2026-11-29')).toBe(true);
  });
});
