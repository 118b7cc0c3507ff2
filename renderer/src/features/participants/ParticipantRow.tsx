import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { Language, Participant } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';

interface ParticipantRowProps {
  participant: Participant;
  number: number;
  language: Language;
  onRemove: () => void;
}

/** One participant: name and role edited in place (one undo step per field edit), and remove. */
export function ParticipantRow({ participant, number, language, onRemove }: ParticipantRowProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const edit = (name: string, role: string, field: string) =>
    dispatch({ type: 'participant/edit', participantId: participant.id, name, role }, { coalesceKey: `participant:${participant.id}:${field}` });
  return (
    <li className="participant-row">
      <span className="participant-number" aria-hidden="true">
        {number}
      </span>
      <label className="field">
        <span className="visually-hidden">{t('participants.nameOf', { number })}</span>
        <input lang={language} value={participant.name} maxLength={limits.shortChars} onChange={(e) => edit(e.target.value, participant.role, 'name')} />
      </label>
      <label className="field">
        <span className="visually-hidden">{t('participants.roleOf', { number })}</span>
        <input lang={language} value={participant.role} maxLength={limits.shortChars} onChange={(e) => edit(participant.name, e.target.value, 'role')} />
      </label>
      <button type="button" className="danger" aria-label={t('participants.removeOf', { name: participant.name || number })} onClick={onRemove}>
        {t('participants.remove')}
      </button>
    </li>
  );
}
