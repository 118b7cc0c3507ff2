import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { votesLeft } from '../../../../shared/boards/voting';
import type { StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';

interface VotingBarProps {
  stage: StageOf<'cards'>;
  voterId: string | null;
  onVoter: (id: string | null) => void;
  /** The last refused vote, said aloud (role=alert). */
  refusal: string | null;
}

/** Who is voting, their dots left, the budget, and whether the room sees the counts. */
export function VotingBar({ stage, voterId, onVoter, refusal }: VotingBarProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const participants = useApp((s) => s.doc?.participants ?? []);
  const [settings, setSettings] = useState(false);
  const { budget, maxPerCard, revealed } = stage.voting;
  const voter = participants.find((p) => p.id === voterId);

  return (
    <div className="voting-bar" role="group" aria-label={t('voting.label')}>
      {participants.length === 0 ? (
        <p className="hint">{t('voting.noParticipants')}</p>
      ) : (
        <label className="field inline">
          <span>{t('voting.voter')}</span>
          <select value={voterId ?? ''} onChange={(e) => onVoter(e.target.value || null)}>
            <option value="">{t('voting.nobody')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {voter && (
        <span className="votes-left" aria-live="polite">
          {t('voting.left', { name: voter.name, count: votesLeft(stage, voter.id), budget })}
        </span>
      )}
      <button type="button" aria-pressed={revealed} onClick={() => dispatch({ type: 'voting/reveal', stageId: stage.id, revealed: !revealed })}>
        {revealed ? t('voting.hide') : t('voting.reveal')}
      </button>
      <button type="button" aria-expanded={settings} onClick={() => setSettings(!settings)}>
        {t('voting.settings')}
      </button>
      {settings && (
        <span className="voting-settings">
          <label className="field inline">
            <span>{t('voting.budget')}</span>
            <input
              type="number"
              min={1}
              max={100}
              value={budget}
              onChange={(e) => dispatch({ type: 'voting/configure', stageId: stage.id, budget: Number(e.target.value), maxPerCard })}
            />
          </label>
          <label className="field inline">
            <span>{t('voting.maxPerCard')}</span>
            <input
              type="number"
              min={1}
              max={100}
              value={maxPerCard}
              onChange={(e) => dispatch({ type: 'voting/configure', stageId: stage.id, budget, maxPerCard: Number(e.target.value) })}
            />
          </label>
          <button type="button" className="danger" disabled={stage.voting.votes.length === 0} onClick={() => dispatch({ type: 'voting/clear', stageId: stage.id })}>
            {t('voting.clear')}
          </button>
        </span>
      )}
      {refusal && (
        <p className="refusal" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
