import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvError } from '../../../../shared/matrix';
import { csvLimits, importMatrixCsv, matrixToCsv, mergeImportedMatrix } from '../../../../shared/matrix';
import { csvRowLabels } from '../../../../shared/matrix/csv-labels';
import { newId } from '../../../../shared/model/ids';
import type { Language, StageOf } from '../../../../shared/model/workshop';
import { useApp } from '../../store/context';

/** A file name from the stage title: what Windows and macOS accept, never empty. */
export function csvFileName(title: string): string {
  const printable = Array.from(title, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, ' ').trim().slice(0, 80);
  return `${safe || 'matrix'}.csv`;
}

/** Export the matrix as CSV for Excel (a download), and import an edited one (validated, undoable). */
import { downloadBlob } from '../../app/download-blob';
export function MatrixCsvBar({ stage }: { stage: StageOf<'matrix'> }) {
  const { t, i18n } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';

  const exportCsv = () => {
    downloadBlob(csvFileName(stage.title), matrixToCsv(stage, language), 'text/csv;charset=utf-8');
  };

  const errorText = (error: CsvError) => {
    const labels: Record<string, string> = csvRowLabels[language];
    const value = error.code === 'missing-row' ? (labels[error.value ?? ''] ?? error.value) : error.value;
    const message = t(`matrix.csv.errors.${error.code}`, { value: value ?? '', limit: error.value ?? '', maxKb: csvLimits.bytes / 1024 });
    if (!error.row) return message;
    const where = error.column ? t('matrix.csv.atCell', { row: error.row, column: error.column }) : t('matrix.csv.atRow', { row: error.row });
    return t('matrix.csv.located', { where, message });
  };

  const importFile = async (file: File) => {
    if (file.size > csvLimits.bytes) return setMessage({ kind: 'error', text: errorText({ code: 'too-large' }) });
    const result = importMatrixCsv(await file.text());
    if (!result.ok) return setMessage({ kind: 'error', text: errorText(result.error) });
    const matrix = mergeImportedMatrix(stage, result.matrix, newId);
    dispatch({ type: 'matrix/replace', stageId: stage.id, matrix });
    setMessage({ kind: 'ok', text: t('matrix.csv.imported', { options: matrix.options.length, criteria: matrix.criteria.length }) });
  };

  return (
    <div className="csv-bar" role="group" aria-label={t('matrix.csv.label')}>
      <button type="button" onClick={exportCsv}>
        {t('matrix.csv.export')}
      </button>
      <button type="button" onClick={() => input.current?.click()}>
        {t('matrix.csv.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('matrix.csv.import')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <p role="status" className={message?.kind === 'error' ? 'csv-message error' : 'csv-message'}>
        {message?.text}
      </p>
    </div>
  );
}
