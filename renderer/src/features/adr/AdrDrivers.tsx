import { useTranslation } from 'react-i18next';
import type { AdrPatch } from '../../../../shared/commands';
import type { Adr } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { matrixCriteria } from './adr-links';
import { LongField } from './LongField';

/** Decision drivers: criteria of the workshop's matrix stages, ticked, plus drivers in free text. */
export function AdrDrivers({ adr, edit }: { adr: Adr; edit(patch: AdrPatch, field: string): void }) {
  const { t } = useTranslation();
  const criteria = matrixCriteria(useApp((s) => s.doc));
  const known = new Set(criteria.map((c) => c.item.id));
  const missing = adr.driverCriterionIds.filter((id) => !known.has(id));
  const toggle = (id: string, on: boolean) =>
    edit({ driverCriterionIds: on ? [...adr.driverCriterionIds, id] : adr.driverCriterionIds.filter((x) => x !== id) }, 'drivers-criteria');
  const stages = [...new Set(criteria.map((c) => c.stageId))];
  return (
    <section className="adr-section" aria-labelledby={`${adr.id}-drivers`}>
      <h3 id={`${adr.id}-drivers`}>{t('adr.drivers')}</h3>
      {criteria.length === 0 ? (
        <p className="empty">{t('adr.noCriteria')}</p>
      ) : (
        stages.map((stageId) => {
          const ofStage = criteria.filter((c) => c.stageId === stageId);
          return (
            <fieldset key={stageId} className="adr-criteria">
              <legend>{t('adr.criteriaOf', { stage: ofStage[0]?.stageTitle ?? '' })}</legend>
              {ofStage.map(({ item }) => (
                <label key={item.id} className="choice">
                  <input type="checkbox" checked={adr.driverCriterionIds.includes(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                  <span>
                    {item.name}
                    {item.knockout !== null && <small>{t('adr.knockout')}</small>}
                  </span>
                </label>
              ))}
            </fieldset>
          );
        })
      )}
      {missing.map((id) => (
        <p key={id} className="adr-missing">
          {t('adr.removedCriterion', { id })}{' '}
          <button type="button" onClick={() => toggle(id, false)}>
            {t('adr.unlink')}
          </button>
        </p>
      ))}
      <LongField label={t('adr.otherDrivers')} value={adr.drivers} onChange={(drivers) => edit({ drivers }, 'drivers')} />
    </section>
  );
}
