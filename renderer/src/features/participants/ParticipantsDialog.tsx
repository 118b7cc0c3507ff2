import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { limits } from '../../../../shared/model/limits';
import type { Participant } from '../../../../shared/model/workshop';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { Dialog } from '../../app/Dialog';
import { useApp } from '../../store/context';
import { ParticipantRow } from './ParticipantRow';
import { participantVotes } from './participant-votes';

/** Who is in the room: add (name, role), edit in place, remove with confirmation (their dots go too). */
export function ParticipantsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const doc = useApp((s) => s.doc);
  const dispatch = useApp((s) => s.dispatch);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [removing, setRemoving] = useState<Participant | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  if (!doc) return null;
  const add = () => {
    if (!name.trim()) return;
    dispatch({ type: 'participant/add', participant: { id: newId(), name: name.trim(), role: role.trim() } });
    setName('');
    setRole('');
    nameInput.current?.focus();
  };

  return (
    <>
      <Dialog title={t('participants.title')} onClose={onClose} className="participants-dialog">
        <form
          className="participant-add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label className="field">
            <span>{t('participants.name')}</span>
            <input ref={nameInput} autoFocus lang={doc.language} value={name} maxLength={limits.shortChars} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('participants.role')}</span>
            <input lang={doc.language} value={role} maxLength={limits.shortChars} placeholder={t('participants.rolePlaceholder')} onChange={(e) => setRole(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('participants.add')}
          </button>
        </form>
        <p className="participant-count">{t('participants.count', { count: doc.participants.length })}</p>
        {doc.participants.length > 0 && (
          <ol className="participant-list" aria-label={t('participants.listLabel')}>
            {doc.participants.map((p, i) => (
              <ParticipantRow key={p.id} participant={p} number={i + 1} language={doc.language} onRemove={() => setRemoving(p)} />
            ))}
          </ol>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('participants.close')}
          </button>
        </div>
      </Dialog>
      {removing && (
        <ConfirmDialog
          title={t('participants.removeTitle')}
          message={
            participantVotes(doc, removing.id) > 0
              ? t('participants.removeMessageVotes', { name: removing.name, count: participantVotes(doc, removing.id) })
              : t('participants.removeMessage', { name: removing.name })
          }
          confirmLabel={t('participants.remove')}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            dispatch({ type: 'participant/remove', participantId: removing.id });
            setRemoving(null);
          }}
        />
      )}
    </>
  );
}
