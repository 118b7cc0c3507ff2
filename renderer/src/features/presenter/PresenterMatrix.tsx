import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateMatrix } from '../../../../shared/matrix';
import type { Language, StageOf } from '../../../../shared/model/workshop';
import { BarChart } from '../matrix/charts/BarChart';
import { formatTotal } from '../matrix/format';
import '../matrix/matrix.css';
import { PresenterList } from './PresenterList';
import { presentBoard } from './presenter-board';

/**
 * The decision matrix for the room: the weighted totals as a bar chart (knocked-out options greyed)
 * once there are agreed scores. While a blind round is open the room sees only the options and
 * criteria, so no one is swayed by a ranking before everyone has scored.
 */
export function PresenterMatrix({ stage, language }: { stage: StageOf<'matrix'>; language: Language }) {
  const { t, i18n } = useTranslation();
  const evaluation = useMemo(() => evaluateMatrix(stage), [stage]);
  const blind = stage.blindScoring.active && !stage.blindScoring.revealed;
  const scored = stage.scores.some((s) => s.value !== null);
  const lists = presentBoard(stage);
  if (blind || !scored || stage.criteria.length === 0 || lists.kind !== 'list') {
    return (
      <>
        {blind && <p className="presenter-note">{t('presenter.blindRound')}</p>}
        {lists.kind === 'list' && <PresenterList sections={lists.sections} language={language} />}
      </>
    );
  }
  const name = (id: string) => stage.options.find((o) => o.id === id)?.name ?? '';
  const bars = [
    ...evaluation.ranking.map((r) => ({ label: name(r.optionId), value: r.total * 100 })),
    ...evaluation.excluded.map((e) => ({ label: name(e.optionId), value: (evaluation.totals.get(e.optionId) ?? 0) * 100, muted: true })),
  ];
  return (
    <div className="presenter-matrix" lang={language}>
      <BarChart title={t('matrix.results.barTitle')} bars={bars} format={(v) => formatTotal(v / 100, i18n.language)} mutedNote={t('matrix.results.knockedOut')} layout={{ width: 820, labelWidth: 380 }} />
    </div>
  );
}
