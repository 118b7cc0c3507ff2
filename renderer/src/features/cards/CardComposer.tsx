import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { CardColor, StageOf } from '../../../../shared/model/workshop';
import { newCard } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { CardFields } from './CardFields';
import { ColorSelect } from './ColorSelect';
import { parseTags } from './card-filter';

/** Writes a new card: its text, the stage's fields, colour, tags and who wrote it. */
export function CardComposer({ stage }: { stage: StageOf<'cards'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const participants = useApp((s) => s.doc?.participants ?? []);
  const [text, setText] = useState('');
  const [color, setColor] = useState<CardColor>('yellow');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [tags, setTags] = useState('');
  const [authorId, setAuthorId] = useState('');
  const [showFields, setShowFields] = useState(false);

  const add = () => {
    if (!text.trim()) return;
    dispatch({
      type: 'card/add',
      stageId: stage.id,
      card: newCard({
        id: newId(),
        text: text.trim(),
        color,
        tags: parseTags(tags),
        fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== '')),
        authorId: participants.some((p) => p.id === authorId) ? authorId : null,
        createdAt: new Date().toISOString(),
      }),
    });
    setText('');
    setFields({});
    setTags('');
  };

  return (
    <form className="card-composer" onSubmit={(e) => (e.preventDefault(), add())}>
      <div className="composer-row">
        <label className="field composer-text">
          <span>{t('cards.newCard')}</span>
          <textarea
            value={text}
            rows={2}
            maxLength={limits.textChars}
            placeholder={stage.blind ? t('blind.placeholder') : t('cards.placeholder')}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <ColorSelect value={color} onChange={setColor} label={t('cards.color')} />
        <button type="submit" className="primary" disabled={!text.trim()} aria-keyshortcuts="Control+Enter">
          {t('cards.add')}
        </button>
      </div>
      <div className="composer-row composer-extra">
        {participants.length > 0 && (
          <label className="field">
            <span>{t('cards.author')}</span>
            <select value={authorId} onChange={(e) => setAuthorId(e.target.value)}>
              <option value="">{t('cards.noAuthor')}</option>
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field composer-tags">
          <span>{t('cards.tags')}</span>
          <input value={tags} maxLength={limits.shortChars} placeholder={t('cards.tagsPlaceholder')} onChange={(e) => setTags(e.target.value)} />
        </label>
        {stage.fields.length > 0 && (
          <button type="button" aria-expanded={showFields} onClick={() => setShowFields(!showFields)}>
            {showFields ? t('cards.hideFields') : t('cards.showFields', { count: stage.fields.length })}
          </button>
        )}
      </div>
      {showFields && <CardFields defs={stage.fields} values={fields} onChange={(key, value) => setFields({ ...fields, [key]: value })} />}
    </form>
  );
}
