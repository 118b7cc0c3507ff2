import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../../shared/actions/due';
import { isoDate } from '../../../../shared/model/iso-date';
import type { Language, StageOf } from '../../../../shared/model/workshop';
import './presenter-scorecard-actions.css';

/** Actions for the room: who does what by when, its status in words, late ones marked; the monitoring plan and cadence. */
export function PresenterActions({ stage, language }: { stage: StageOf<'actions'>; language: Language }) {
  const { t } = useTranslation();
  const today = isoDate(new Date());
  return (
    <div className="presenter-actions">
      <section className="presenter-list">
        <h2>{t('actions.presenter.actions')}</h2>
        {stage.actions.length === 0 ? (
          <p className="presenter-empty">{t('presenter.nothingYet')}</p>
        ) : (
          <table className="presenter-table">
            <thead>
              <tr>
                <th scope="col">{t('actions.list.heading')}</th>
                <th scope="col">{t('actions.list.owner')}</th>
                <th scope="col">{t('actions.list.due')}</th>
                <th scope="col">{t('actions.list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {stage.actions.map((a) => {
                const late = isOverdue(a, today);
                return (
                  <tr key={a.id} className={`status-${a.status}${late ? ' overdue' : ''}`}>
                    <td lang={language}>{a.title}</td>
                    <td lang={language}>{a.owner || <span className="presenter-muted">{t('actions.presenter.noOwner')}</span>}</td>
                    <td>
                      {a.due || <span className="presenter-muted">{t('actions.presenter.noDue')}</span>}
                      {late && <strong className="presenter-late"> ⚠ {t('actions.presenter.overdue')}</strong>}
                    </td>
                    <td className="presenter-status">{t(`actions.status.${a.status}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {(stage.monitoring.length > 0 || stage.cadence || stage.feedbackChannels) && (
        <div className="presenter-lists">
          {stage.monitoring.length > 0 && (
            <section className="presenter-list">
              <h2>{t('actions.presenter.monitoring')}</h2>
              <ul>
                {stage.monitoring.map((m) => (
                  <li key={m.id}>
                    <span lang={language}>
                      {m.metric}
                      {m.threshold && ` — ${m.threshold}`}
                    </span>
                    {m.watcher && <small lang={language}>{m.watcher}</small>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {(stage.cadence || stage.feedbackChannels) && (
            <section className="presenter-list">
              {stage.cadence && (
                <>
                  <h2>{t('actions.presenter.cadence')}</h2>
                  <p lang={language}>{stage.cadence}</p>
                </>
              )}
              {stage.feedbackChannels && (
                <>
                  <h2>{t('actions.presenter.feedback')}</h2>
                  <p lang={language} className="presenter-prewrap">
                    {stage.feedbackChannels}
                  </p>
                </>
              )}
            </section>
          )}
        </div>
      )}
    </div>
  );
}
