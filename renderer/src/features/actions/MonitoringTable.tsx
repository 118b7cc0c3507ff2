import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { MonitoringPatch } from '../../../../shared/commands';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';
import { useRefocus } from '../matrix/use-refocus';

const columns = ['metric', 'threshold', 'watcher'] as const;

/** The monitoring plan: metric, the threshold that calls for action, and who watches it. */
export function MonitoringTable({ stage, participantsListId }: { stage: StageOf<'actions'>; participantsListId: string }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const refocus = useRefocus();
  const stageId = stage.id;
  const add = () => {
    const id = newId();
    refocus(`monitoring-${id}-metric`);
    dispatch({ type: 'actions/monitoring-add', stageId, item: { id, metric: '', threshold: '', watcher: '' } });
  };

  return (
    <section className="actions-section" aria-labelledby="monitoring-heading">
      <h2 id="monitoring-heading">{t('actions.monitoring.heading')}</h2>
      <p className="field-hint">{t('actions.monitoring.hint')}</p>
      {stage.monitoring.length === 0 ? (
        <p className="empty">{t('actions.monitoring.empty')}</p>
      ) : (
        <table className="monitoring-table">
          <thead>
            <tr>
              <th scope="col">{t('actions.monitoring.metric')}</th>
              <th scope="col">{t('actions.monitoring.threshold')}</th>
              <th scope="col">{t('actions.monitoring.watcher')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {stage.monitoring.map((m, i) => (
              <tr key={m.id}>
                {columns.map((key) => (
                  <td key={key}>
                    <input
                      id={`monitoring-${m.id}-${key}`}
                      aria-label={t(`actions.monitoring.${key}Of`, { number: i + 1 })}
                      placeholder={t(`actions.monitoring.${key}Placeholder`)}
                      list={key === 'watcher' ? participantsListId : undefined}
                      value={m[key]}
                      maxLength={limits.shortChars}
                      onChange={(e) => {
                        const patch: MonitoringPatch = { [key]: e.target.value };
                        dispatch({ type: 'actions/monitoring-edit', stageId, itemId: m.id, patch }, { coalesceKey: `monitoring-${key}:${m.id}` });
                      }}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" className="danger" onClick={() => dispatch({ type: 'actions/monitoring-delete', stageId, itemId: m.id })}>
                    {t('common.delete')}
                    <span className="visually-hidden"> {t('actions.monitoring.rowLabel', { number: i + 1 })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" onClick={add}>
          {t('actions.monitoring.add')}
        </button>
      </div>
    </section>
  );
}
