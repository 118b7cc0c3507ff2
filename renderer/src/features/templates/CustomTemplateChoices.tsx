import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomTemplateSummary } from '../../../../shared/model/custom-template';
import { templateFileExtension } from '../../../../shared/model/custom-template';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useHost } from '../../host/context';
import { useAppStore } from '../../store/context';
import { deleteTemplate, exportTemplateFile, importTemplateFile } from './template-actions';
import './templates.css';

/** A choice of the new-workshop form: a built-in template id, or `custom:<id>`. */
export type CustomChoice = `custom:${string}`;
export const customChoice = (id: string): CustomChoice => `custom:${id}`;
export const customIdOf = (choice: string): string | null => (choice.startsWith('custom:') ? choice.slice('custom:'.length) : null);

interface CustomTemplateChoicesProps {
  templates: CustomTemplateSummary[];
  selected: string;
  onSelect: (choice: CustomChoice) => void;
  /** After an import, a delete: read the list again. */
  onChanged: () => Promise<void>;
}

/**
 * The custom templates in the new-workshop form: one radio each (same group as the built-in
 * templates), with Export template file and Delete beside it, then Import template….
 */
export function CustomTemplateChoices({ templates, selected, onSelect, onChanged }: CustomTemplateChoicesProps) {
  const { t } = useTranslation();
  const deps = { host: useHost(), store: useAppStore() };
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CustomTemplateSummary | null>(null);
  return (
    <div className="custom-templates">
      {templates.length > 0 && <p className="custom-templates-heading">{t('customTemplates.yours')}</p>}
      {templates.map((tpl) => (
        <div key={tpl.id} className="custom-template">
          <label className="choice">
            <input type="radio" name="template" value={customChoice(tpl.id)} checked={selected === customChoice(tpl.id)} onChange={() => onSelect(customChoice(tpl.id))} />
            <span>
              <strong>{tpl.name}</strong>
              {tpl.description && <small>{tpl.description}</small>}
              <small>{`${t('customTemplates.stageCount', { count: tpl.stageCount })} · ${t(`languages.${tpl.language}`)}`}</small>
            </span>
          </label>
          <div className="custom-template-actions">
            <button
              type="button"
              aria-label={t('customTemplates.exportOf', { name: tpl.name })}
              onClick={() => {
                setStatus(null);
                void exportTemplateFile(deps, tpl.id).then((path) => path && setStatus(t('customTemplates.exported', { path })));
              }}
            >
              {t('customTemplates.export')}
            </button>
            <button type="button" aria-label={t('customTemplates.deleteOf', { name: tpl.name })} onClick={() => setDeleting(tpl)}>
              {t('common.delete')}
            </button>
          </div>
        </div>
      ))}
      <div className="custom-templates-import">
        <button type="button" onClick={() => input.current?.click()}>
          {t('customTemplates.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept={`.${templateFileExtension},application/json`}
          hidden
          aria-label={t('customTemplates.importLabel')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setStatus(null);
            void importTemplateFile(deps, file).then(async (summary) => {
              if (!summary) return;
              await onChanged();
              onSelect(customChoice(summary.id));
              setStatus(t('customTemplates.imported', { name: summary.name }));
            });
          }}
        />
        {status && (
          <span className="file-status" role="status">
            {status}
          </span>
        )}
      </div>
      {deleting && (
        <ConfirmDialog
          title={t('customTemplates.deleteTitle')}
          message={t('customTemplates.deleteMessage', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { id } = deleting;
            setDeleting(null);
            setStatus(null);
            void deleteTemplate(deps, id).then(() => onChanged());
          }}
        />
      )}
    </div>
  );
}
