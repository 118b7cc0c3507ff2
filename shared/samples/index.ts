import type { Language, Workshop } from '../model/workshop';
import type { SampleId } from './catalog';
import { sampleCatalog } from './catalog';
import { contractReviewEn } from './contract-review-en';
import { customerServiceZh } from './customer-service-zh';

export { sampleCatalog } from './catalog';
export type { SampleId } from './catalog';
export { definedIds, reIdWorkshop } from './re-id';

/**
 * The sample workshops shipped with the app: fully worked examples to look around, demo and test
 * the handout with. `file` is their name in samples/ at the repository root (written by
 * scripts/write-samples.ts, checked against `build()` by a unit test).
 */
export interface SampleWorkshop {
  id: SampleId;
  title: string;
  language: Language;
  file: string;
  build(): Workshop;
}

const builders: Record<SampleId, () => Workshop> = {
  'customer-service-zh': customerServiceZh,
  'contract-review-en': contractReviewEn,
};

export const sampleWorkshops: readonly SampleWorkshop[] = sampleCatalog.map((s) => ({ ...s, build: builders[s.id] }));
