import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { buildHeatMap, filterRisks, parseCellKey, riskLinkTargets, sortByScore } from '../../../../shared/risks';
import { useApp } from '../../store/context';
import { useRefocus } from '../matrix/use-refocus';
import { AddRiskForm } from './AddRiskForm';
import { ComplianceDialog } from './ComplianceDialog';
import { MitigationLibraryDialog } from './MitigationLibraryDialog';
import type { RiskView } from './RiskFilters';
import { defaultRiskView, RiskFilters } from './RiskFilters';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskRow } from './RiskRow';
import './risks.css';

/** Stage 8, challenges & risks: the register, its likelihood × impact map, mitigations, compliance. */
export function RisksBoard({ stage }: { stage: StageOf<'risks'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const doc = useApp((s) => s.doc);
  const participants = useApp((s) => s.doc?.participants ?? []);
  const [view, setView] = useState<RiskView>(defaultRiskView);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [libraryFor, setLibraryFor] = useState<string | null>(null);
  const [compliance, setCompliance] = useState(false);
  const refocus = useRefocus();
  const { risks } = stage;
  const targets = useMemo(() => (doc ? riskLinkTargets(doc) : []), [doc]);
  const numbers = new Map(risks.map((r, i) => [r.id, i + 1]));

  // A cell filter lists the risks the map shows in that cell.
  const cell = view.cell ? parseCellKey(view.cell) : null;
  const cellIds = cell ? new Set(buildHeatMap(risks).rows[5 - cell.impact]?.[cell.likelihood - 1]?.riskIds ?? []) : null;
  const filtered = filterRisks(risks, { category: view.category, status: view.status, ids: cellIds });
  const shown = view.byScore ? sortByScore(filtered) : filtered;
  const canMove = !view.byScore && shown.length === risks.length;
  const libraryRisk = risks.find((r) => r.id === libraryFor);

  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <div className="risks-board">
      <div className="risk-toolbar">
        <AddRiskForm stageId={stage.id} />
        <button type="button" onClick={() => setCompliance(true)}>
          {t('risks.compliance.open')}
        </button>
      </div>
      <div className="risk-layout">
        <RiskHeatMap risks={risks} numbers={numbers} selected={view.cell} onSelect={(key) => setView({ ...view, cell: key })} />
        <section className="risk-register" aria-labelledby="risk-register-heading">
          <h2 id="risk-register-heading">{t('risks.register')}</h2>
          <RiskFilters view={view} onChange={setView} shown={shown.length} total={risks.length} />
          {risks.length === 0 ? (
            <p className="empty">{t('risks.empty')}</p>
          ) : shown.length === 0 ? (
            <p className="empty">{t('risks.filter.nothing')}</p>
          ) : (
            <>
              {!canMove && <p className="hint">{t('risks.moveOff')}</p>}
              <ol className="risk-list">
                {shown.map((risk) => {
                  const index = risks.indexOf(risk);
                  return (
                    <RiskRow
                      key={risk.id}
                      stageId={stage.id}
                      risk={risk}
                      number={index + 1}
                      targets={targets}
                      expanded={expanded.has(risk.id)}
                      onToggle={() => toggle(risk.id)}
                      onOpenLibrary={() => setLibraryFor(risk.id)}
                      move={
                        canMove
                          ? { index, count: risks.length, onMove: (toIndex, buttonId) => (refocus(buttonId), dispatch({ type: 'risk/move', stageId: stage.id, riskId: risk.id, toIndex })) }
                          : null
                      }
                    />
                  );
                })}
              </ol>
            </>
          )}
        </section>
      </div>
      <datalist id="risk-owners">
        {participants.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      {libraryRisk && <MitigationLibraryDialog stageId={stage.id} risk={libraryRisk} number={risks.indexOf(libraryRisk) + 1} onClose={() => setLibraryFor(null)} />}
      {compliance && <ComplianceDialog stageId={stage.id} risks={risks} onClose={() => setCompliance(false)} />}
    </div>
  );
}
