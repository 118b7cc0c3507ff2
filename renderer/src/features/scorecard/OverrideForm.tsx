import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import { verdicts } from '../../../../shared/model/workshop';
import type { StageOf } from '../../../../shared/model/workshop';
import type { Verdict } from '../../../../shared/scorecard';
import { feasibilityCall } from '../../../../shared/scorecard';
import { EnumSelect } from '../../app/EnumSelect';
import { useApp } from '../../store/context';
import { verdictLabel } from './verdict-text';

/**
 * The room's own call instead of the rule's. It needs a written reason: the form says so instead
 * of applying, and the document refuses a blank one. Clearing it brings the rule's call back.
 */
export function OverrideForm({ stage }: { stage: StageOf<'scorecard'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const call = feasibilityCall(stage);
  const [draft, setDraft] = useState<{ verdict: Verdict; reason: string } | null>(null);
  const [missingReason, setMissingReason] = useState(false);
  const errorId = useId();
  const hintId = useId();

  const open = () => {
    setMissingReason(false);
    setDraft(call.override ? { ...call.override } : { verdict: call.rule.verdict === 'go' ? 'pilot' : 'go', reason: '' });
  };
  const apply = () => {
    if (!draft) return;
    if (!draft.reason.trim()) return setMissingReason(true);
    dispatch({ type: 'scorecard/override-set', stageId: stage.id, verdict: draft.verdict, reason: draft.reason.trim() });
    setDraft(null);
  };

  if (!draft) {
    return (
      <section className="override" aria-labelledby="override-heading">
        <h3 id="override-heading">{t('scorecard.override.heading')}</h3>
        {call.override ? (
          <p className="override-current">{t('scorecard.override.current', { verdict: verdictLabel(t, call.override.verdict) })}</p>
        ) : (
          <p className="field-hint">{t('scorecard.override.hint')}</p>
        )}
        <div className="row-actions">
          <button type="button" onClick={open}>
            {call.override ? t('scorecard.override.change') : t('scorecard.override.apply')}
          </button>
          {call.override && (
            <button type="button" className="danger" onClick={() => dispatch({ type: 'scorecard/override-clear', stageId: stage.id })}>
              {t('scorecard.override.clear')}
            </button>
          )}
        </div>
      </section>
    );
  }

  return (
    <form className="override editing" aria-labelledby="override-heading" onSubmit={(e) => (e.preventDefault(), apply())}>
      <h3 id="override-heading">{t('scorecard.override.heading')}</h3>
      <p id={hintId} className="field-hint">
        {t('scorecard.override.hint')}
      </p>
      <label className="field">
        <span>{t('scorecard.override.verdict')}</span>
        <EnumSelect values={verdicts} value={draft.verdict} optionLabel={(v) => verdictLabel(t, v)} onChange={(verdict) => setDraft({ ...draft, verdict })} />
      </label>
      <label className="field">
        <span>{t('scorecard.override.reason')}</span>
        <textarea
          rows={3}
          aria-required="true"
          autoFocus
          value={draft.reason}
          maxLength={limits.textChars}
          placeholder={t('scorecard.override.reasonPlaceholder')}
          aria-invalid={missingReason || undefined}
          aria-describedby={missingReason ? errorId : hintId}
          onChange={(e) => (setDraft({ ...draft, reason: e.target.value }), setMissingReason(false))}
        />
      </label>
      {missingReason && (
        <p id={errorId} className="field-error" role="alert">
          {t('scorecard.override.reasonRequired')}
        </p>
      )}
      <div className="row-actions">
        <button type="submit" className="primary">
          {t('scorecard.override.apply')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('scorecard.override.cancel')}
        </button>
      </div>
    </form>
  );
}
