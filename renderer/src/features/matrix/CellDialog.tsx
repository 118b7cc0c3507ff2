import { useTranslation } from 'react-i18next';
import { limits } from '../../../../shared/model/limits';
import type { CellScore, Criterion, MatrixOption } from '../../../../shared/model/workshop';
import { Dialog } from '../../app/Dialog';
import { useApp } from '../../store/context';
import { ScoreInput } from './ScoreInput';

interface CellDialogProps {
  stageId: string;
  option: MatrixOption;
  criterion: Criterion;
  cell: CellScore | undefined;
  onClose: () => void;
}

/** One cell in full: the agreed score, why (rationale), and where the evidence is. */
export function CellDialog({ stageId, option, criterion, cell, onClose }: CellDialogProps) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const key = `${option.id}:${criterion.id}`;
  const edit = (patch: { value?: number | null; rationale?: string; evidence?: string }, field: string) =>
    dispatch({ type: 'matrix/cell-edit', stageId, optionId: option.id, criterionId: criterion.id, patch }, { coalesceKey: `cell-${field}:${key}` });

  return (
    <Dialog title={t('matrix.cell.title', { option: option.name, criterion: criterion.name })} onClose={onClose} className="cell-dialog">
      {criterion.description && <p className="hint">{criterion.description}</p>}
      <label className="field">
        <span>{t('matrix.cell.score')}</span>
        <ScoreInput criterion={criterion} value={cell?.value ?? null} label={t('matrix.cell.score')} onChange={(value) => edit({ value }, 'value')} />
      </label>
      <label className="field">
        <span>{t('matrix.cell.rationale')}</span>
        <textarea
          rows={4}
          autoFocus
          value={cell?.rationale ?? ''}
          maxLength={limits.textChars}
          placeholder={t('matrix.cell.rationalePlaceholder')}
          onChange={(e) => edit({ rationale: e.target.value }, 'rationale')}
        />
      </label>
      <label className="field">
        <span>{t('matrix.cell.evidence')}</span>
        <input value={cell?.evidence ?? ''} maxLength={limits.shortChars} placeholder={t('matrix.cell.evidencePlaceholder')} onChange={(e) => edit({ evidence: e.target.value }, 'evidence')} />
      </label>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('matrix.cell.done')}
        </button>
      </div>
    </Dialog>
  );
}
