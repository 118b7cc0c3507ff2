import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { StageKind } from '../../../../shared/model/workshop';
import { stageKinds } from '../../../../shared/model/workshop';
import { Dialog } from '../../app/Dialog';
import { EnumSelect } from '../../app/EnumSelect';

export interface NewStage {
  title: string;
  kind: StageKind;
  timeboxMinutes: number;
}

export function AddStageDialog({ onAdd, onCancel }: { onAdd: (stage: NewStage) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<StageKind>('cards');
  const [minutes, setMinutes] = useState(30);
  return (
    <Dialog title={t('agenda.addStage')} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) onAdd({ title: title.trim(), kind, timeboxMinutes: minutes });
        }}
      >
        <label className="field">
          <span>{t('agenda.stageTitle')}</span>
          <input autoFocus value={title} maxLength={limits.shortChars} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('agenda.boardKind')}</span>
          <EnumSelect values={stageKinds} value={kind} onChange={setKind} optionLabel={(k) => t(`boardKinds.${k}`)} />
        </label>
        <label className="field">
          <span>{t('agenda.timebox')}</span>
          <input type="number" min={0} max={1440} value={minutes} onChange={(e) => setMinutes(Number(e.target.value) || 0)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!title.trim()}>
            {t('common.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
