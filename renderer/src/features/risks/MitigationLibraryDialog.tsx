import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../shared/model/workshop';
import { mitigationGroupsFor } from '../../../../shared/risks';
import { Dialog } from '../../app/Dialog';
import { useApp } from '../../store/context';

/**
 * Mitigations to pick from, the ones for the risk's category first. Picking one appends it to the
 * risk's mitigation in the workshop's language (one undo step each); the dialog stays open so the
 * room can pick several.
 */
export function MitigationLibraryDialog({ stageId, risk, number, onClose }: { stageId: string; risk: Risk; number: number; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const language = useApp((s) => s.doc?.language ?? 'en');
  const other = language === 'en' ? 'zh-CN' : 'en';
  const present = (text: string) => risk.mitigation.split('\n').some((line) => line.replace(/^[-•*]\s*/, '').trim() === text);

  return (
    <Dialog title={t('risks.library.title', { item: t('risks.itemLabel', { number }) })} onClose={onClose} className="library-dialog risk-library">
      <p className="hint">{t('risks.library.help')}</p>
      <div className="library-groups">
        {mitigationGroupsFor(risk.category).map((group) => (
          <details key={group.key} open={group.category === risk.category} className="library-group">
            <summary>
              <span lang={language}>{group.name[language]}</span>
              {group.category === risk.category && <span className="library-suggested"> · {t('risks.library.suggested')}</span>}
            </summary>
            <ul>
              {group.entries.map((entry) => {
                const text = entry.text[language];
                const added = present(text);
                return (
                  <li key={entry.key}>
                    <span>
                      <span lang={language}>{text}</span>
                      <small lang={other} className="other-language">
                        {entry.text[other]}
                      </small>
                    </span>
                    <button
                      type="button"
                      disabled={added}
                      aria-label={added ? t('risks.library.added') : t('risks.library.pickLabel', { text })}
                      onClick={() => dispatch({ type: 'risk/append-mitigation', stageId, riskId: risk.id, text })}
                    >
                      {added ? t('risks.library.added') : t('risks.library.pick')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </details>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('risks.library.done')}
        </button>
      </div>
    </Dialog>
  );
}
