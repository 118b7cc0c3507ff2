import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { DimensionsList } from './DimensionsList';
import { PilotPlan } from './PilotPlan';
import { VerdictPanel } from './VerdictPanel';
import './scorecard.css';

/** Feasibility (stage 7): score the dimensions, read the call and why, override it with a reason, plan the pilot. */
export function ScorecardBoard({ stage }: { stage: StageOf<'scorecard'> }) {
  const { t } = useTranslation();
  return (
    <div className="scorecard-board" aria-label={t('scorecard.boardLabel')} role="region">
      <VerdictPanel stage={stage} />
      <DimensionsList stage={stage} />
      <PilotPlan stage={stage} />
    </div>
  );
}
