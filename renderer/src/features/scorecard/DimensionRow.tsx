import { useTranslation } from 'react-i18next';
import type { Id } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { RagStatus, ScorecardDimension } from '../../../../shared/scorecard';
import { criticalDimensions, dimensionStatus } from '../../../../shared/scorecard';
import { useApp } from '../../store/context';
import { ItemMoveButtons } from '../matrix/ItemMoveButtons';
import { RagBadge } from './RagBadge';
import { ScoreScale } from './ScoreScale';

interface DimensionRowProps {
  stageId: Id;
  dimension: ScorecardDimension;
  index: number;
  count: number;
  onMove(toIndex: number, buttonId: string): void;
}

const statuses: readonly RagStatus[] = ['red', 'amber', 'green'];

/** One dimension: name, 1–5 score, red/amber/green status (or the one its score implies), question and evidence. */
export function DimensionRow({ stageId, dimension: d, index, count, onMove }: DimensionRowProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const number = index + 1;
  const edit = (patch: Partial<ScorecardDimension>, coalesce?: string) =>
    dispatch({ type: 'scorecard/dimension-edit', stageId, dimensionId: d.id, patch }, coalesce ? { coalesceKey: `${coalesce}:${d.id}` } : undefined);
  const implied = dimensionStatus({ score: d.score, status: null });
  const status = dimensionStatus(d);
  const critical = criticalDimensions.has(d.key);
  const fieldId = `dimension-${d.id}`;

  return (
    <li className={`dimension-row rag-edge-${status ?? 'none'}`}>
      <span className="row-number" aria-hidden="true">
        {number}
      </span>
      <div className="dimension-head">
        <input
          className="dimension-name"
          aria-label={t('scorecard.dimensions.nameOf', { number })}
          value={d.name}
          maxLength={limits.shortChars}
          onChange={(e) => edit({ name: e.target.value }, 'dim-name')}
        />
        {critical && (
          <span className="critical-badge" title={t('scorecard.dimensions.criticalHint')}>
            {t('scorecard.dimensions.critical')}
            <span className="visually-hidden">{t('scorecard.dimensions.criticalHint')}</span>
          </span>
        )}
        <ItemMoveButtons
          idPrefix={fieldId}
          index={index}
          count={count}
          itemLabel={t('scorecard.dimensions.itemLabel', { number })}
          onMove={onMove}
          onDelete={() => dispatch({ type: 'scorecard/dimension-delete', stageId, dimensionId: d.id })}
        />
      </div>
      <div className="dimension-rating">
        <ScoreScale name={`${fieldId}-score`} label={t('scorecard.dimensions.scoreOf', { number })} value={d.score} onChange={(score) => edit({ score })} />
        <label className="field status-field">
          <span>{t('scorecard.dimensions.status')}</span>
          <select
            aria-label={t('scorecard.dimensions.statusOf', { number })}
            value={d.status ?? ''}
            onChange={(e) => edit({ status: statuses.find((s) => s === e.target.value) ?? null })}
          >
            <option value="">{t('scorecard.dimensions.fromScore', { status: t(`scorecard.rag.${implied ?? 'none'}`) })}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`scorecard.rag.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="dimension-status">
          <RagBadge status={status} className="rag-large" />
          {d.status && implied && d.status !== implied && (
            <small className="status-note">{t('scorecard.dimensions.statusOverridesScore', { status: t(`scorecard.rag.${implied}`) })}</small>
          )}
        </div>
      </div>
      <div className="dimension-texts">
        <label className="field">
          <span>
            {t('scorecard.dimensions.description')}
            <span className="visually-hidden"> {t('scorecard.dimensions.itemLabel', { number })}</span>
          </span>
          <textarea
            rows={2}
            value={d.description}
            maxLength={limits.textChars}
            placeholder={t('scorecard.dimensions.descriptionPlaceholder')}
            onChange={(e) => edit({ description: e.target.value }, 'dim-desc')}
          />
        </label>
        <label className="field">
          <span>
            {t('scorecard.dimensions.evidence')}
            <span className="visually-hidden"> {t('scorecard.dimensions.itemLabel', { number })}</span>
          </span>
          <textarea
            rows={2}
            value={d.evidence}
            maxLength={limits.textChars}
            placeholder={t('scorecard.dimensions.evidencePlaceholder')}
            onChange={(e) => edit({ evidence: e.target.value }, 'dim-evidence')}
          />
        </label>
      </div>
    </li>
  );
}
