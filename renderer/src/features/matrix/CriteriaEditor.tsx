import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { CriteriaLibraryDialog } from './CriteriaLibraryDialog';
import { CriterionRow } from './CriterionRow';
import { useRefocus } from './use-refocus';

/** The criteria: from the library or written by the room; each a benefit or a cost, rated or measured. */
export function CriteriaEditor({ stage }: { stage: StageOf<'matrix'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const [name, setName] = useState('');
  const [library, setLibrary] = useState(false);
  const refocus = useRefocus();
  const stageId = stage.id;
  const add = () => {
    if (!name.trim()) return;
    const criterion = { id: newId(), name: name.trim(), description: '', direction: 'benefit', scale: 'rating', unit: '', knockout: null, libraryKey: null, linkedCardIds: [] } as const;
    dispatch({ type: 'matrix/criteria-add', stageId, criteria: [{ ...criterion, linkedCardIds: [] }] });
    setName('');
  };

  return (
    <section className="matrix-section" aria-labelledby="matrix-criteria-heading">
      <h2 id="matrix-criteria-heading">
        {t('matrix.criteria.title')} <span className="count">{t('matrix.criteria.count', { count: stage.criteria.length })}</span>
      </h2>
      <p className="hint">{t('matrix.criteria.help')}</p>
      {stage.criteria.length === 0 && <p className="empty">{t('matrix.criteria.empty')}</p>}
      <ol className="matrix-items">
        {stage.criteria.map((c, i) => (
          <CriterionRow
            key={c.id}
            stageId={stageId}
            criterion={c}
            index={i}
            count={stage.criteria.length}
            onMove={(toIndex, buttonId) => (refocus(buttonId), dispatch({ type: 'matrix/criterion-move', stageId, criterionId: c.id, toIndex }))}
          />
        ))}
      </ol>
      <div className="matrix-add">
        <button type="button" className="primary" onClick={() => setLibrary(true)}>
          {t('matrix.library.open')}
        </button>
        <form className="matrix-add" onSubmit={(e) => (e.preventDefault(), add())}>
          <label className="field">
            <span>{t('matrix.criteria.new')}</span>
            <input value={name} maxLength={limits.shortChars} placeholder={t('matrix.criteria.newPlaceholder')} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" disabled={!name.trim()}>
            {t('matrix.criteria.add')}
          </button>
        </form>
      </div>
      {library && <CriteriaLibraryDialog stage={stage} onClose={() => setLibrary(false)} />}
    </section>
  );
}
