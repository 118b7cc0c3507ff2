import type { Workshop } from '../../model/workshop';
import { sampleWorkshop } from '../helpers';
import * as design from './design';
import * as discovery from './discovery';
import * as plan from './plan';
import * as technology from './technology';

/**
 * Contract review assistant: a manufacturer's procurement and legal team decides how to land an
 * LLM assistant for supplier contract review. Every stage is filled in as the room left it.
 */
export function contractReviewEn(): Workshop {
  return sampleWorkshop(
    {
      id: 'sample-contract-review-en',
      title: 'Contract review assistant — Halden Industrial',
      language: 'en',
      createdAt: discovery.at('08:40'),
      updatedAt: discovery.at('16:58'),
      currentStageId: 'cr-st-actions',
    },
    { ...discovery, ...technology, ...design, ...plan },
  );
}
