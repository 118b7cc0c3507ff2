import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../../shared/model/workshop';
import type { LinkTarget, LinkTargetKind } from '../../../../shared/risks';
import { linkedTargets } from '../../../../shared/risks';
import { useApp } from '../../store/context';

interface LinksProps {
  stageId: string;
  risk: Risk;
  item: string;
  targets: readonly LinkTarget[];
}

const kinds: LinkTargetKind[] = ['card', 'option', 'adr'];

/** The items a risk links to, as chips saying what each one is; removable in the details. */
export function LinkChips({ stageId, risk, item, targets, removable = false }: LinksProps & { removable?: boolean }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const linked = linkedTargets(risk.linkedIds, targets);
  if (linked.length === 0) return removable ? <p className="hint">{t('risks.links.none')}</p> : null;
  return (
    <ul className="risk-chips" aria-label={t('risks.links.linkedOf', { item })}>
      {linked.map((target) => (
        <li key={target.id} className={`chip chip-${target.kind}`} title={target.source ?? undefined}>
          <span className="chip-kind">{t(`risks.links.kind.${target.kind}`)}</span> <span className="chip-text">{target.label || t('risks.links.empty')}</span>
          {removable && (
            <button
              type="button"
              className="chip-remove"
              aria-label={t('risks.links.remove', { label: target.label })}
              onClick={() => dispatch({ type: 'risk/unlink', stageId, riskId: risk.id, targetId: target.id })}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Choose what the risk relates to: pain-point cards, matrix options, decision records. */
export function LinkPicker({ stageId, risk, item, targets }: LinksProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const toggle = (targetId: string, on: boolean) => dispatch({ type: on ? 'risk/link' : 'risk/unlink', stageId, riskId: risk.id, targetId });
  return (
    <details className="link-picker">
      <summary>
        {t('risks.links.choose')}
        <span className="visually-hidden"> {item}</span>
      </summary>
      {targets.length === 0 && <p className="hint">{t('risks.links.nothing')}</p>}
      {kinds.map((kind) => {
        const ofKind = targets.filter((x) => x.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <fieldset key={kind} className="link-group">
            <legend>{t(`risks.links.group.${kind}`)}</legend>
            {ofKind.map((target) => (
              <label key={target.id} className="choice">
                <input type="checkbox" checked={risk.linkedIds.includes(target.id)} onChange={(e) => toggle(target.id, e.target.checked)} />
                <span>
                  {target.label || t('risks.links.empty')}
                  {target.source && <small>{target.source}</small>}
                </span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </details>
  );
}
