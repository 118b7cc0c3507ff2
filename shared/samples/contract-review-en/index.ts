import type { Workshop } from '../../model/workshop';
import { SCHEMA_VERSION } from '../../model/workshop';
import { adrs, architectureStage, dataStage, trainingStage } from './design';
import { at, painPointStage, participants, scenarioStage } from './discovery';
import { actionsStage, decisions, feasibilityStage, parkingLot, risksStage } from './plan';
import { technologyStage } from './technology';

/**
 * Contract review assistant: a manufacturer's procurement and legal team decides how to land an
 * LLM assistant for supplier contract review. Every stage is filled in as the room left it.
 */
export function contractReviewEn(): Workshop {
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
    id: 'sample-contract-review-en',
    title: 'Contract review assistant — Halden Industrial',
    language: 'en',
    createdAt: at('08:40'),
    updatedAt: at('16:58'),
    participants,
    stages,
    currentStageId: 'cr-st-actions',
    parkingLot: parkingLot(),
    decisions: decisions(),
    adrs: adrs(),
  };
}
