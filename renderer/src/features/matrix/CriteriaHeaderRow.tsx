import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../shared/model/workshop';

/** The header row of an options × criteria table: each criterion with its scale (1–5) or unit. */
export function CriteriaHeaderRow({ criteria }: { criteria: readonly Criterion[] }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="col">{t('matrix.options.title')}</th>
      {criteria.map((c) => (
        <th key={c.id} scope="col">
          {c.name}
          <small className="criterion-meta">{c.scale === 'rating' ? t('matrix.scale.rating') : c.unit}</small>
        </th>
      ))}
    </tr>
  );
}
