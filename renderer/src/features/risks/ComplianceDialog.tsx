import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import type { Risk } from '../../../../shared/model/workshop';
import type { ComplianceRegion } from '../../../../shared/risks';
import { complianceChecklist, complianceDisclaimer, complianceRiskExists, riskFromCompliance } from '../../../../shared/risks';
import { useApp } from '../../store/context';
import { LibraryDialog, LibraryEntry } from './LibraryDialog';

const regions: ComplianceRegion[] = ['cn', 'eu'];

/**
 * Compliance questions (China, then the EU), clearly prompts and not legal advice. "Add as risk"
 * puts an unrated compliance risk pre-filled from the question into the register.
 */
export function ComplianceDialog({ stageId, risks, onClose }: { stageId: string; risks: readonly Risk[]; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const language = useApp((s) => s.doc?.language ?? 'en');
  const ui = useApp((s) => s.language);

  return (
    <LibraryDialog
      title={t('risks.compliance.title')}
      className="compliance-dialog"
      onClose={onClose}
      intro={
        <p className="compliance-disclaimer" role="note">
          <strong>{t('risks.compliance.notAdvice')}</strong> <span lang={ui}>{complianceDisclaimer[ui]}</span>
        </p>
      }
    >
      {regions.map((region) => (
        <section key={region} className="compliance-region" aria-labelledby={`compliance-${region}`}>
          <h3 id={`compliance-${region}`}>{t(`risks.compliance.region.${region}`)}</h3>
          <ul>
            {complianceChecklist
              .filter((entry) => entry.region === region)
              .map((entry) => {
                const added = complianceRiskExists(risks, entry);
                return (
                  <LibraryEntry
                    key={entry.key}
                    added={added}
                    label={added ? t('risks.compliance.addedLabel', { title: entry.title[ui] }) : t('risks.compliance.addLabel', { title: entry.title[ui] })}
                    action={added ? t('risks.compliance.added') : t('risks.compliance.add')}
                    onAdd={() => dispatch({ type: 'risk/add', stageId, risk: riskFromCompliance(entry, newId(), language) })}
                  >
                    <strong lang={ui}>{entry.title[ui]}</strong>
                    <span lang={ui}>{entry.question[ui]}</span>
                    <small lang={ui} className="other-language">
                      {entry.regulation[ui]}
                    </small>
                  </LibraryEntry>
                );
              })}
          </ul>
        </section>
      ))}
    </LibraryDialog>
  );
}
