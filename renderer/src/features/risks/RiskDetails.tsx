import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { Risk } from '../../../../shared/model/workshop';
import type { LinkTarget } from '../../../../shared/risks';
import { useApp } from '../../store/context';
import { LinkChips, LinkPicker } from './RiskLinks';

interface RiskDetailsProps {
  id: string;
  stageId: string;
  risk: Risk;
  /** "risk 3": names the controls of this risk. */
  item: string;
  targets: readonly LinkTarget[];
  onOpenLibrary: () => void;
}

/** The longer fields of a risk: description, mitigation (typed or from the library), links. */
export function RiskDetails({ id, stageId, risk, item, targets, onOpenLibrary }: RiskDetailsProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const edit = (field: 'description' | 'mitigation', value: string) =>
    dispatch({ type: 'risk/edit', stageId, riskId: risk.id, patch: { [field]: value } }, { coalesceKey: `risk-${field}:${risk.id}` });

  return (
    <div id={id} className="risk-details">
      <label className="field">
        <span>{t('risks.field.description')}</span>
        <textarea rows={2} aria-label={t('risks.descriptionOf', { item })} value={risk.description} maxLength={limits.textChars} onChange={(e) => edit('description', e.target.value)} />
      </label>
      <div className="field">
        <div className="mitigation-head">
          <label htmlFor={`${id}-mitigation`}>{t('risks.field.mitigation')}</label>
          <button type="button" onClick={onOpenLibrary}>
            {t('risks.library.open')}
            <span className="visually-hidden"> {item}</span>
          </button>
        </div>
        <textarea
          id={`${id}-mitigation`}
          rows={3}
          aria-label={t('risks.mitigationOf', { item })}
          placeholder={t('risks.mitigationPlaceholder')}
          value={risk.mitigation}
          maxLength={limits.textChars}
          onChange={(e) => edit('mitigation', e.target.value)}
        />
      </div>
      <div className="risk-links">
        <span className="field-label">{t('risks.field.links')}</span>
        <LinkChips risk={risk} targets={targets} item={item} stageId={stageId} removable />
        <LinkPicker risk={risk} targets={targets} item={item} stageId={stageId} />
      </div>
    </div>
  );
}
