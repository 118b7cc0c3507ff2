import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { Risk } from '../../../../shared/model/workshop';
import { riskCategories } from '../../../../shared/model/workshop';
import { riskLevel, riskStatuses } from '../../../../shared/risks';
import type { LinkTarget } from '../../../../shared/risks';
import type { RiskPatch } from '../../../../shared/commands';
import { EnumSelect } from '../../app/EnumSelect';
import { useApp } from '../../store/context';
import { ItemMoveButtons } from '../matrix/ItemMoveButtons';
import { RatingSelect } from './RatingSelect';
import { RiskDetails } from './RiskDetails';
import { RiskLevelBadge } from './RiskLevelBadge';
import { LinkChips } from './RiskLinks';

interface RiskRowProps {
  stageId: string;
  risk: Risk;
  number: number;
  targets: readonly LinkTarget[];
  expanded: boolean;
  onToggle: () => void;
  /** Move to this register index; null while the list is sorted or filtered (no moving then). */
  move: { index: number; count: number; onMove: (toIndex: number, buttonId: string) => void } | null;
  onOpenLibrary: () => void;
}

/** One risk of the register: title and score, its ratings, owner and status; details on demand. */
export function RiskRow({ stageId, risk, number, targets, expanded, onToggle, move, onOpenLibrary }: RiskRowProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const edit = (patch: RiskPatch, field?: string) => dispatch({ type: 'risk/edit', stageId, riskId: risk.id, patch }, field ? { coalesceKey: `risk-${field}:${risk.id}` } : undefined);
  const item = t('risks.itemLabel', { number });
  const prefix = `risk-${risk.id}`;
  const level = riskLevel(risk) ?? 'none';

  return (
    <li className={`risk-row row-level-${level}${risk.status === 'closed' ? ' risk-closed' : ''}`} aria-label={t('risks.rowLabel', { number, title: risk.title || t('risks.untitled') })}>
      <div className="risk-main">
        <span className="risk-number" aria-hidden="true">
          #{number}
        </span>
        {/* A one-line title that wraps instead of hiding its end; Enter does not start a new line. */}
        <textarea
          className="risk-title"
          rows={1}
          aria-label={t('risks.titleOf', { item })}
          placeholder={t('risks.titlePlaceholder')}
          value={risk.title}
          maxLength={limits.shortChars}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          onChange={(e) => edit({ title: e.target.value.replace(/[\r\n]+/g, ' ') }, 'title')}
        />
        <RiskLevelBadge risk={risk} />
        <ItemMoveButtons
          className="risk-actions"
          idPrefix={prefix}
          index={move?.index ?? 0}
          count={move?.count ?? 0}
          itemLabel={item}
          onMove={move?.onMove ?? null}
          onDelete={() => dispatch({ type: 'risk/delete', stageId, riskId: risk.id })}
        >
          <button type="button" aria-expanded={expanded} aria-controls={`${prefix}-details`} onClick={onToggle}>
            {expanded ? t('risks.hideDetails') : t('risks.showDetails')}
            <span className="visually-hidden"> {item}</span>
          </button>
        </ItemMoveButtons>
      </div>
      <div className="risk-fields">
        <label className="field">
          <span>{t('risks.field.category')}</span>
          <EnumSelect values={riskCategories} value={risk.category} optionLabel={(c) => t(`risks.category.${c}`)} onChange={(category) => edit({ category })} />
        </label>
        <label className="field">
          <span>{t('risks.field.likelihood')}</span>
          <RatingSelect scale="likelihood" value={risk.likelihood} label={t('risks.likelihoodOf', { item })} onChange={(likelihood) => edit({ likelihood })} />
        </label>
        <label className="field">
          <span>{t('risks.field.impact')}</span>
          <RatingSelect scale="impact" value={risk.impact} label={t('risks.impactOf', { item })} onChange={(impact) => edit({ impact })} />
        </label>
        <label className="field owner-field">
          <span>{t('risks.field.owner')}</span>
          <input list="risk-owners" value={risk.owner} maxLength={limits.shortChars} placeholder={t('risks.ownerPlaceholder')} onChange={(e) => edit({ owner: e.target.value }, 'owner')} />
        </label>
        <label className="field">
          <span>{t('risks.field.status')}</span>
          <EnumSelect values={riskStatuses} value={risk.status} className={`status-${risk.status}`} optionLabel={(s) => t(`risks.status.${s}`)} onChange={(status) => edit({ status })} />
        </label>
      </div>
      {!expanded && risk.mitigation.trim() && (
        <p className="risk-mitigation-preview">
          <strong>{t('risks.mitigationLabel')}</strong> {risk.mitigation}
        </p>
      )}
      {!expanded && <LinkChips risk={risk} targets={targets} item={item} stageId={stageId} />}
      {expanded && <RiskDetails id={`${prefix}-details`} stageId={stageId} risk={risk} item={item} targets={targets} onOpenLibrary={onOpenLibrary} />}
    </li>
  );
}
