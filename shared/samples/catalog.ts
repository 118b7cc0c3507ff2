import type { Language } from '../model/workshop';

/**
 * What the home screen lists about each sample without loading it: its id (also its translation
 * key, `samples.items.<id>`), content language and file name in samples/ at the repository root.
 */
export const sampleCatalog = [
  { id: 'customer-service-zh', title: '智能客服落地', language: 'zh-CN', file: '智能客服落地.groundwork' },
  { id: 'contract-review-en', title: 'Contract review assistant', language: 'en', file: 'contract-review.groundwork' },
] as const satisfies readonly { id: string; title: string; language: Language; file: string }[];

export type SampleId = (typeof sampleCatalog)[number]['id'];
