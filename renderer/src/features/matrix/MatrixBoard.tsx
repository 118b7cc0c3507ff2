import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardWeights } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';
import { CriteriaEditor } from './CriteriaEditor';
import { MatrixCsvBar } from './MatrixCsvBar';
import { OptionsEditor } from './OptionsEditor';
import { SizingButton } from '../sizing/SizingButton';
import { ResultsView } from './ResultsView';
import { ScoringView } from './ScoringView';
import { WeightsView } from './WeightsView';
import './matrix.css';

const views = ['setup', 'weights', 'scoring', 'results'] as const;
type View = (typeof views)[number];

/** The technology-selection matrix: options and criteria, weights, scoring (also blind), results. */
export function MatrixBoard({ stage }: { stage: StageOf<'matrix'> }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('setup');
  // Weights depend on criteria and judgements only: a score typed in the grid does not recompute them.
  const { criteria, weighting } = stage;
  const weights = useMemo(() => boardWeights({ criteria, weighting }), [criteria, weighting]);
  const warn = weights.pairwise && !weights.pairwise.acceptable && criteria.length > 2;

  return (
    <div className="matrix-board">
      <div className="board-toolbar">
        <div role="tablist" aria-label={t('matrix.views')} className="view-tabs">
          {views.map((v) => (
            <button
              key={v}
              id={`matrix-tab-${v}`}
              type="button"
              role="tab"
              aria-selected={view === v}
              aria-controls="matrix-panel"
              onClick={() => setView(v)}
              onKeyDown={(e) => {
                const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                if (!step) return;
                const next = views[(views.indexOf(v) + step + views.length) % views.length]!;
                setView(next);
                document.getElementById(`matrix-tab-${next}`)?.focus();
              }}
            >
              {t(`matrix.view.${v}`)}
              {v === 'weights' && warn ? (
                <>
                  <span className="tab-warning" aria-hidden="true"> ⚠</span>
                  <span className="visually-hidden">{t('matrix.pairwise.crWarningShort')}</span>
                </>
              ) : null}
            </button>
          ))}
        </div>
        <div className="toolbar-actions">
          <SizingButton />
          <MatrixCsvBar stage={stage} />
        </div>
      </div>
      <div id="matrix-panel" role="tabpanel" aria-labelledby={`matrix-tab-${view}`} className="matrix-panel">
        {view === 'setup' && (
          <div className="setup-view">
            <OptionsEditor stage={stage} />
            <CriteriaEditor stage={stage} />
          </div>
        )}
        {view === 'weights' && <WeightsView stage={stage} weights={weights.weights} pairwise={weights.pairwise} />}
        {view === 'scoring' && <ScoringView stage={stage} />}
        {view === 'results' && <ResultsView stage={stage} />}
      </div>
    </div>
  );
}
