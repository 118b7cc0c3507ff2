import { useTranslation } from 'react-i18next';
import type { LogName } from '../../../../shared/commands';
import { limits } from '../../../../shared/model/limits';
import type { Language, LogEntry, Stage } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { logOrigin } from './log-origin';

interface LogEntryItemProps {
  log: LogName;
  entry: LogEntry;
  number: number;
  stages: readonly Stage[];
  language: Language;
}

function useOriginText(stages: readonly Stage[], stageId: string | null): string {
  const { t } = useTranslation();
  const origin = logOrigin(stages, stageId);
  if (origin.kind === 'stage') return t('logs.fromStage', { number: origin.number, title: origin.title });
  return origin.kind === 'removed' ? t('logs.fromRemovedStage') : t('logs.fromWorkshop');
}

/** One entry: its text (editable in place), the stage it came from, and a remove button (undoable). */
export function LogEntryItem({ log, entry, number, stages, language }: LogEntryItemProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const uiLanguage = useApp((s) => s.language);
  const origin = useOriginText(stages, entry.stageId);
  const time = new Intl.DateTimeFormat(uiLanguage, { hour: '2-digit', minute: '2-digit' }).format(new Date(entry.createdAt));
  return (
    <li className="log-entry">
      <label className="log-entry-text">
        <span className="visually-hidden">{t(`logs.${log}.entryLabel`, { number })}</span>
        <textarea
          lang={language}
          rows={2}
          value={entry.text}
          maxLength={limits.textChars}
          onChange={(e) => dispatch({ type: 'log/edit', log, entryId: entry.id, text: e.target.value }, { coalesceKey: `log:${entry.id}` })}
        />
      </label>
      <div className="log-entry-footer">
        <span className="log-origin">
          {origin} · {time}
        </span>
        <button type="button" className="danger" aria-label={t(`logs.${log}.removeEntry`, { number })} onClick={() => dispatch({ type: 'log/remove', log, entryId: entry.id })}>
          {t('logs.remove')}
        </button>
      </div>
    </li>
  );
}
