import { useTranslation } from 'react-i18next';
import type { AdrPatch } from '../../../../shared/commands';
import { limits } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { Adr } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { matrixOptions } from './adr-links';
import { LongField } from './LongField';

type Option = Adr['options'][number];

/** Considered options, each linked to a matrix option or not, with its pros and cons. */
export function AdrOptions({ adr, edit }: { adr: Adr; edit(patch: AdrPatch, field: string): void }) {
  const { t } = useTranslation();
  const candidates = matrixOptions(useApp((s) => s.doc));
  const change = (id: string, patch: Partial<Option>, field: string) =>
    edit({ options: adr.options.map((o) => (o.id === id ? { ...o, ...patch } : o)) }, `option:${id}:${field}`);
  const add = (option: Omit<Option, 'id'>) => edit({ options: [...adr.options, { id: newId(), ...option }] }, 'options');
  const remove = (id: string) =>
    edit({ options: adr.options.filter((o) => o.id !== id), ...(adr.chosenOptionId === id ? { chosenOptionId: null } : {}) }, 'options');
  const unused = candidates.filter((c) => !adr.options.some((o) => o.matrixOptionId === c.item.id));

  return (
    <section className="adr-section" aria-labelledby={`${adr.id}-options`}>
      <h3 id={`${adr.id}-options`}>{t('adr.options')}</h3>
      <ol className="adr-options">
        {adr.options.map((o, i) => (
          <li key={o.id} className={o.id === adr.chosenOptionId ? 'adr-option chosen' : 'adr-option'} aria-label={t('adr.optionLabel', { number: i + 1 })}>
            <div className="adr-option-head">
              <label className="field">
                <span>{t('adr.optionTitle')}</span>
                <input value={o.title} maxLength={limits.shortChars} onChange={(e) => change(o.id, { title: e.target.value }, 'title')} />
              </label>
              <label className="field">
                <span>{t('adr.matrixOption')}</span>
                <select value={o.matrixOptionId ?? ''} onChange={(e) => change(o.id, { matrixOptionId: e.target.value || null }, 'matrix')}>
                  <option value="">{t('adr.notLinked')}</option>
                  {candidates.map((c) => (
                    <option key={c.item.id} value={c.item.id}>
                      {c.item.name} · {c.stageTitle}
                    </option>
                  ))}
                  {o.matrixOptionId && !candidates.some((c) => c.item.id === o.matrixOptionId) && <option value={o.matrixOptionId}>{t('adr.removedOption')}</option>}
                </select>
              </label>
              {o.id === adr.chosenOptionId && <span className="adr-chosen-badge">{t('adr.chosenBadge')}</span>}
              <button type="button" className="danger" aria-label={t('adr.removeOption', { number: i + 1 })} onClick={() => remove(o.id)}>
                {t('common.delete')}
              </button>
            </div>
            <div className="adr-pros-cons">
              <LongField label={t('adr.pros')} rows={2} value={o.pros} onChange={(pros) => change(o.id, { pros }, 'pros')} />
              <LongField label={t('adr.cons')} rows={2} value={o.cons} onChange={(cons) => change(o.id, { cons }, 'cons')} />
            </div>
          </li>
        ))}
      </ol>
      <div className="adr-add-option">
        <button type="button" onClick={() => add({ title: '', matrixOptionId: null, pros: '', cons: '' })}>
          {t('adr.addOption')}
        </button>
        {unused.length > 0 && (
          <label className="field inline">
            <span>{t('adr.addFromMatrix')}</span>
            <select
              value=""
              onChange={(e) => {
                const picked = candidates.find((c) => c.item.id === e.target.value);
                if (picked) add({ title: picked.item.name, matrixOptionId: picked.item.id, pros: '', cons: '' });
              }}
            >
              <option value="">{t('adr.pickOption')}</option>
              {unused.map((c) => (
                <option key={c.item.id} value={c.item.id}>
                  {c.item.name} · {c.stageTitle}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </section>
  );
}
