import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import { riskCategories } from '../../../../shared/model/workshop';
import type { RiskCategory } from '../../../../shared/risks';
import { blankRisk } from '../../../../shared/risks';
import { EnumSelect } from '../../app/EnumSelect';
import { useApp } from '../../store/context';

/** A new risk: its title and category; the ratings and the rest are set in its row. */
export function AddRiskForm({ stageId }: { stageId: string }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<RiskCategory>('technical');
  const add = () => {
    if (!title.trim()) return;
    dispatch({ type: 'risk/add', stageId, risk: blankRisk(newId(), { title: title.trim(), category }) });
    setTitle('');
  };
  return (
    <form className="risk-add" aria-label={t('risks.add.title')} onSubmit={(e) => (e.preventDefault(), add())}>
      <label className="field grow">
        <span>{t('risks.add.title')}</span>
        <input value={title} maxLength={limits.shortChars} placeholder={t('risks.add.placeholder')} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('risks.add.category')}</span>
        <EnumSelect values={riskCategories} value={category} optionLabel={(c) => t(`risks.category.${c}`)} onChange={setCategory} />
      </label>
      <button type="submit" className="primary" disabled={!title.trim()}>
        {t('risks.add.submit')}
      </button>
    </form>
  );
}
