import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateMatrix } from '../../../../shared/matrix';
import type { StageOf } from '../../../../shared/model/workshop';
import { BarChart } from './charts/BarChart';
import { RadarChart } from './charts/RadarChart';
import { formatTotal } from './format';
import { RankingTable } from './RankingTable';
import { RecordDecision } from './RecordDecision';
import { SensitivityTable } from './SensitivityTable';
import { WhatIfPanel } from './WhatIfPanel';

/** The radar stays readable with this many options; the rest are in the table and the bars. */
const radarOptions = 5;

/** Totals and rank, knock-outs, bar and radar charts, sensitivity, what-if weights, and the ADR. */
export function ResultsView({ stage }: { stage: StageOf<'matrix'> }) {
  const { t, i18n } = useTranslation();
  const [whatIf, setWhatIf] = useState<{ key: string; weights: number[] } | null>(null);
  const criteriaKey = stage.criteria.map((c) => c.id).join(' ');
  const override = whatIf?.key === criteriaKey ? whatIf.weights : null;
  // The decision is recorded from the saved weights, never from a what-if; moving a what-if slider
  // recomputes only the what-if evaluation.
  const saved = useMemo(() => evaluateMatrix(stage), [stage]);
  const evaluation = useMemo(() => (override ? evaluateMatrix(stage, override) : saved), [stage, override, saved]);
  if (stage.options.length === 0 || stage.criteria.length === 0) return <p className="empty">{t('matrix.scoring.needItems')}</p>;

  const name = (id: string) => stage.options.find((o) => o.id === id)?.name ?? '';
  const excluded = new Set(evaluation.excluded.map((e) => e.optionId));
  const bars = [
    ...evaluation.ranking.map((r) => ({ label: name(r.optionId), value: r.total * 100 })),
    ...evaluation.excluded.map((e) => ({ label: name(e.optionId), value: (evaluation.totals.get(e.optionId) ?? 0) * 100, muted: true })),
  ];
  const radarSeries = evaluation.ranking.slice(0, radarOptions).map((r) => ({
    label: name(r.optionId),
    values: evaluation.normalised[stage.options.findIndex((o) => o.id === r.optionId)] ?? [],
  }));

  return (
    <section className="matrix-section results-view" aria-labelledby="matrix-results-heading">
      <h2 id="matrix-results-heading">{t('matrix.results.title')}</h2>
      {override && <p className="what-if-banner" role="status">{t('matrix.whatIf.active')}</p>}
      <div className="results-top">
        <RankingTable stage={stage} evaluation={evaluation} />
        <BarChart
          title={t('matrix.results.barTitle')}
          bars={bars}
          format={(v) => formatTotal(v / 100, i18n.language)}
          mutedNote={t('matrix.results.knockedOut')}
        />
      </div>
      <WhatIfPanel
        criteria={stage.criteria}
        saved={evaluation.savedWeights}
        weights={override}
        onChange={(weights) => setWhatIf(weights ? { key: criteriaKey, weights } : null)}
      />
      <SensitivityTable stage={stage} evaluation={evaluation} />
      {radarSeries.length > 0 && stage.criteria.length >= 3 && (
        <RadarChart title={t('matrix.results.radarTitle', { count: radarSeries.length })} axes={stage.criteria.map((c) => c.name)} series={radarSeries} />
      )}
      {excluded.size > 0 && radarSeries.length > 0 && <p className="hint">{t('matrix.results.radarExcludes')}</p>}
      <RecordDecision stage={stage} evaluation={saved} />
    </section>
  );
}
