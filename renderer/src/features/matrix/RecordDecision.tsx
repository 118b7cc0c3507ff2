import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixEvaluation } from '../../../../shared/matrix';
import { newId } from '../../../../shared/model/ids';
import type { StageOf } from '../../../../shared/model/workshop';
import { i18next } from '../../i18n';
import { useApp, useAppStore } from '../../store/context';
import { decisionRecord } from './decision-record';
import { isoDate } from '../../../../shared/model/iso-date';

const adrLabel = (n: number) => `ADR-${String(n).padStart(4, '0')}`;

/** "Record decision": a proposed ADR from the ranking, and where to find it (the notes board). */
export function RecordDecision({ stage, evaluation }: { stage: StageOf<'matrix'>; evaluation: MatrixEvaluation }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const store = useAppStore();
  const adrs = useApp((s) => s.doc?.adrs ?? []);
  const notesStage = useApp((s) => s.doc?.stages.find((x) => x.kind === 'notes')?.title ?? null);
  const [justRecorded, setJustRecorded] = useState<string | null>(null);
  const mine = adrs.filter((a) => a.matrixStageId === stage.id);

  const record = () => {
    const doc = store.getState().doc;
    if (!doc) return;
    const adr = decisionRecord({
      t: i18next.getFixedT(doc.language),
      stage,
      evaluation,
      participants: doc.participants,
      makeId: newId,
      date: isoDate(new Date()),
    });
    if (!adr) return;
    dispatch({ type: 'adr/add', adr });
    setJustRecorded(adr.id);
  };
  const recorded = mine.find((a) => a.id === justRecorded);

  return (
    <section className="record-decision" aria-labelledby="record-heading">
      <h3 id="record-heading">{t('matrix.record.title')}</h3>
      <p className="hint">{t('matrix.record.help')}</p>
      <button type="button" className="primary" disabled={evaluation.ranking.length === 0} onClick={record}>
        {t('matrix.record.button')}
      </button>
      <p role="status" className="record-status">
        {recorded && (notesStage ? t('matrix.record.done', { adr: adrLabel(recorded.number), title: recorded.title, stage: notesStage }) : t('matrix.record.doneNoNotes', { adr: adrLabel(recorded.number), title: recorded.title }))}
      </p>
      {mine.length > 0 && (
        <ul className="recorded-list" aria-label={t('matrix.record.list')}>
          {mine.map((a) => (
            <li key={a.id}>
              {t('matrix.record.item', { adr: adrLabel(a.number), title: a.title, status: t(`matrix.record.status.${a.status}`), date: a.date })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
