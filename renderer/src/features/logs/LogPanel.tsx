import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogName } from '../../../../shared/commands';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import { Dialog } from '../../app/Dialog';
import { useApp } from '../../store/context';
import { LogEntryItem } from './LogEntryItem';

/**
 * The parking lot or the decision log, as a drawer reachable from every stage. A new entry
 * remembers the stage it came up in; every change is a command, so it can be undone.
 */
export function LogPanel({ log, onClose }: { log: LogName; onClose: () => void }) {
  const { t } = useTranslation();
  const doc = useApp((s) => s.doc);
  const dispatch = useApp((s) => s.dispatch);
  const [text, setText] = useState('');
  if (!doc) return null;
  const entries = doc[log];
  const trimmed = text.trim();
  const add = () => {
    if (!trimmed) return;
    const entry = { id: newId(), text: trimmed, stageId: doc.currentStageId, createdAt: new Date().toISOString() };
    dispatch({ type: 'log/add', log, entry });
    setText('');
  };

  return (
    <Dialog title={t(`logs.${log}.title`)} onClose={onClose} className="drawer">
      <p className="drawer-help">{t(`logs.${log}.help`)}</p>
      <form
        className="log-composer"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="field">
          <span>{t(`logs.${log}.newEntry`)}</span>
          <textarea
            autoFocus
            rows={3}
            lang={doc.language}
            value={text}
            maxLength={limits.textChars}
            placeholder={t('logs.placeholder')}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={!trimmed}>
          {t('logs.add')}
        </button>
      </form>
      {entries.length === 0 ? (
        <p className="empty">{t(`logs.${log}.empty`)}</p>
      ) : (
        <ol className="log-entries" aria-label={t(`logs.${log}.title`)}>
          {entries.map((entry, i) => (
            <LogEntryItem key={entry.id} log={log} entry={entry} number={i + 1} stages={doc.stages} language={doc.language} />
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('logs.close')}
        </button>
      </div>
    </Dialog>
  );
}
