import { newId } from '../../../../shared/model/ids';
import type { SampleId } from '../../../../shared/samples/catalog';
import { reIdWorkshop } from '../../../../shared/samples/re-id';
import { daysSince, shiftWorkshopDates } from '../../../../shared/samples/shift-dates';
import type { FileDeps } from '../files/file-actions';

/**
 * Opens a copy of a sample workshop: the sample's document with every id fresh (so it never
 * collides with another copy, and the links inside it still hold), moved to today (its actions are
 * due in the coming weeks, not months overdue), saved in the app's
 * own folder like a new workshop, then shown. The samples are loaded only when one is opened; the
 * sample itself is built anew each time and never saved.
 */
export async function openSampleCopy({ host, store }: FileDeps, id: SampleId, now = new Date(), makeId: () => string = newId): Promise<void> {
  const { sampleWorkshops } = await import('../../../../shared/samples');
  const sample = sampleWorkshops.find((s) => s.id === id);
  if (!sample) return;
  const at = now.toISOString();
  const built = sample.build();
  const doc = { ...shiftWorkshopDates(reIdWorkshop(built, makeId), daysSince(built.createdAt, now)), createdAt: at, updatedAt: at };
  const saved = await host.saveWorkshop({ doc });
  if (!saved.ok) return store.setState({ error: saved.error });
  store.getState().showOpened({ doc, location: { kind: 'store' }, readOnly: null });
  store.setState({ save: { state: 'saved', savedAt: saved.value.savedAt } });
}
