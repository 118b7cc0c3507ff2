import type { Workshop } from '../../model/workshop';
import { SCHEMA_VERSION } from '../../model/workshop';
import { adrs, architectureStage, dataStage, trainingStage } from './design';
import { at, painPointStage, participants, scenarioStage } from './discovery';
import { actionsStage, decisions, feasibilityStage, parkingLot, risksStage } from './plan';
import { technologyStage } from './technology';

/**
 * 智能客服落地: a regional bank's credit-card centre decides how to land an LLM assistant for its
 * service agents. Every stage is filled in as a room would leave it at 17:00.
 */
export function customerServiceZh(): Workshop {
  const stages = [
    scenarioStage(),
    painPointStage(),
    technologyStage(),
    architectureStage(),
    dataStage(),
    trainingStage(),
    feasibilityStage(),
    risksStage(),
    actionsStage(),
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'sample-customer-service-zh',
    title: '智能客服落地——海川银行信用卡中心',
    language: 'zh-CN',
    createdAt: at('08:45'),
    updatedAt: at('17:06'),
    participants,
    stages,
    currentStageId: 'cs-st-actions',
    parkingLot: parkingLot(),
    decisions: decisions(),
    adrs: adrs(),
  };
}
