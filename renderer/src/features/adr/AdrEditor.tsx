import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdrPatch } from '../../../../shared/commands';
import { limits } from '../../../../shared/model/limits';
import type { Adr } from '../../../../shared/model/workshop';
import { adrStatuses } from '../../../../shared/model/workshop';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useApp } from '../../store/context';
import { adrLabel } from './adr-links';
import { AdrDrivers } from './AdrDrivers';
import { AdrOptions } from './AdrOptions';
import { AdrPainPoints } from './AdrPainPoints';
import { LongField } from './LongField';

const splitNames = (text: string) =>
  text
    .split(/[,，、;；]/)
    .map((n) => n.trim().slice(0, limits.shortChars))
    .filter(Boolean)
    .slice(0, 100);

/** One record with every MADR section, edited in place; every change is an undoable command. */
export function AdrEditor({ adr, onDeleted }: { adr: Adr; onDeleted(): void }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const others = useApp((s) => s.doc?.adrs)?.filter((a) => a.id !== adr.id) ?? [];
  const matrixTitle = useApp((s) => s.doc?.stages.find((st) => st.id === adr.matrixStageId)?.title);
  const lang = useApp((s) => s.doc?.language);
  const [decidersText, setDecidersText] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const edit = (patch: AdrPatch, field: string) => dispatch({ type: 'adr/edit', adrId: adr.id, patch }, { coalesceKey: `adr:${adr.id}:${field}` });
  const label = adrLabel(adr.number);

  return (
    <article className="adr-editor" aria-label={t('adr.editorLabel', { label })} lang={lang}>
      <header className="adr-editor-header">
        <h2>{label}</h2>
        {matrixTitle !== undefined && <p className="adr-source">{t('adr.fromMatrix', { stage: matrixTitle })}</p>}
        <button type="button" className="danger" onClick={() => setDeleting(true)}>
          {t('adr.delete')}
        </button>
      </header>
      <label className="field">
        <span>{t('adr.title')}</span>
        <input className="adr-title-input" value={adr.title} maxLength={limits.shortChars} onChange={(e) => edit({ title: e.target.value }, 'title')} />
      </label>
      <div className="adr-meta">
        <label className="field">
          <span>{t('adr.statusLabel')}</span>
          <select value={adr.status} onChange={(e) => edit({ status: e.target.value as Adr['status'], ...(e.target.value === 'superseded' ? {} : { supersededBy: null }) }, 'status')}>
            {adrStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`adr.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {adr.status === 'superseded' && (
          <label className="field">
            <span>{t('adr.supersededBy')}</span>
            <select value={adr.supersededBy ?? ''} onChange={(e) => edit({ supersededBy: e.target.value || null }, 'supersededBy')}>
              <option value="">{t('adr.noRecord')}</option>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {adrLabel(a.number)} {a.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{t('adr.date')}</span>
          <input value={adr.date} placeholder="2026-11-28" maxLength={limits.shortChars} onChange={(e) => edit({ date: e.target.value }, 'date')} />
        </label>
        <label className="field adr-deciders">
          <span>{t('adr.deciders')}</span>
          <input
            value={decidersText ?? adr.deciders.join(', ')}
            maxLength={limits.textChars}
            placeholder={t('adr.decidersHint')}
            onFocus={() => setDecidersText(adr.deciders.join(', '))}
            onBlur={() => setDecidersText(null)}
            onChange={(e) => {
              setDecidersText(e.target.value);
              edit({ deciders: splitNames(e.target.value) }, 'deciders');
            }}
          />
        </label>
      </div>
      <LongField label={t('adr.context')} hint={t('adr.contextHint')} value={adr.context} onChange={(context) => edit({ context }, 'context')} />
      <AdrDrivers adr={adr} edit={edit} />
      <AdrOptions adr={adr} edit={edit} />
      <section className="adr-section" aria-labelledby={`${adr.id}-outcome`}>
        <h3 id={`${adr.id}-outcome`}>{t('adr.outcome')}</h3>
        <label className="field">
          <span>{t('adr.chosen')}</span>
          <select value={adr.chosenOptionId ?? ''} onChange={(e) => edit({ chosenOptionId: e.target.value || null }, 'chosen')}>
            <option value="">{t('adr.noChoice')}</option>
            {adr.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title || t('adr.untitledOption')}
              </option>
            ))}
          </select>
        </label>
        <LongField label={t('adr.because')} value={adr.outcome} onChange={(outcome) => edit({ outcome }, 'outcome')} />
        <LongField label={t('adr.consequences')} hint={t('adr.consequencesHint')} value={adr.consequences} onChange={(consequences) => edit({ consequences }, 'consequences')} />
      </section>
      <AdrPainPoints adr={adr} edit={edit} />
      {deleting && (
        <ConfirmDialog
          title={t('adr.deleteTitle')}
          message={t('adr.deleteMessage', { label, title: adr.title })}
          confirmLabel={t('common.delete')}
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            dispatch({ type: 'adr/delete', adrId: adr.id });
            onDeleted();
          }}
        />
      )}
    </article>
  );
}
