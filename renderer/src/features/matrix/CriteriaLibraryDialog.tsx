import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { criteriaLibrary, criterionFromLibrary } from '../../../../shared/matrix';
import { newId } from '../../../../shared/model/ids';
import type { StageOf } from '../../../../shared/model/workshop';
import { Dialog } from '../../app/Dialog';
import { useApp } from '../../store/context';

/** Pick criteria from the library; they are added in the workshop's language, in one undo step. */
export function CriteriaLibraryDialog({ stage, onClose }: { stage: StageOf<'matrix'>; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const language = useApp((s) => s.doc?.language ?? 'en');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const used = new Set(stage.criteria.map((c) => c.libraryKey));
  const other = language === 'en' ? 'zh-CN' : 'en';
  const add = () => {
    const criteria = criteriaLibrary.filter((e) => picked.has(e.key)).map((e) => criterionFromLibrary(e, newId(), language));
    if (criteria.length > 0) dispatch({ type: 'matrix/criteria-add', stageId: stage.id, criteria });
    onClose();
  };

  return (
    <Dialog title={t('matrix.library.title')} onClose={onClose} className="library-dialog">
      <p className="hint">{t('matrix.library.help')}</p>
      <ul className="library-list">
        {criteriaLibrary.map((entry) => (
          <li key={entry.key}>
            <label className="choice">
              <input
                type="checkbox"
                disabled={used.has(entry.key)}
                checked={picked.has(entry.key) || used.has(entry.key)}
                onChange={(e) => {
                  const next = new Set(picked);
                  if (e.target.checked) next.add(entry.key);
                  else next.delete(entry.key);
                  setPicked(next);
                }}
              />
              <span>
                <strong lang={language}>{entry.name[language]}</strong> <span lang={other} className="other-language">{entry.name[other]}</span>
                <small lang={language}>{entry.description[language]}</small>
                <small className="library-meta">
                  {t(`matrix.direction.${entry.direction}`)} · {t(`matrix.scale.${entry.scale}`)}
                  {entry.unit[language] && ` · ${entry.unit[language]}`}
                  {used.has(entry.key) && ` · ${t('matrix.library.inUse')}`}
                </small>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={picked.size === 0} onClick={add}>
          {t('matrix.library.add', { count: picked.size })}
        </button>
      </div>
    </Dialog>
  );
}
