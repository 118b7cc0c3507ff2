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
});
