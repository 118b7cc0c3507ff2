import type { Workshop } from '../../model/workshop';
import { sampleWorkshop } from '../helpers';
import * as design from './design';
import * as discovery from './discovery';
import * as plan from './plan';
import * as technology from './technology';

/**
 * 智能客服落地: a regional bank's credit-card centre decides how to land an LLM assistant for its
 * service agents. Every stage is filled in as a room would leave it at 17:00.
 */
export function customerServiceZh(): Workshop {
  return sampleWorkshop(
    {
      id: 'sample-customer-service-zh',
      title: '智能客服落地——海川银行信用卡中心',
      language: 'zh-CN',
      createdAt: discovery.at('08:45'),
      updatedAt: discovery.at('17:06'),
      currentStageId: 'cs-st-actions',
    },
    { ...discovery, ...technology, ...design, ...plan },
  );
}
