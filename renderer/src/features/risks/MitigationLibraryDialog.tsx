import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../shared/model/workshop';
import { mitigationGroupsFor } from '../../../../shared/risks';
import { useApp } from '../../store/context';
import { LibraryDialog, LibraryEntry } from './LibraryDialog';

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
    <LibraryDialog
      title={t('risks.library.title', { item: t('risks.itemLabel', { number }) })}
      className="risk-library"
      onClose={onClose}
      intro={<p className="hint">{t('risks.library.help')}</p>}
    >
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
                <LibraryEntry
                  key={entry.key}
                  added={added}
                  label={added ? t('risks.library.added') : t('risks.library.pickLabel', { text })}
                  action={added ? t('risks.library.added') : t('risks.library.pick')}
                  onAdd={() => dispatch({ type: 'risk/append-mitigation', stageId, riskId: risk.id, text })}
                >
                  <span lang={language}>{text}</span>
                  <small lang={other} className="other-language">
                    {entry.text[other]}
                  </small>
                </LibraryEntry>
              );
            })}
          </ul>
        </details>
      ))}
    </LibraryDialog>
  );
}
