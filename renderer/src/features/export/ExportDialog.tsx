import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';
import { createPdfWorker } from '../../export/pdf/create-pdf-worker';
import { useHost } from '../../host/context';
import { useApp } from '../../store/context';
import type { ExportChoices } from './export-choices';
import { canExport, toSettings } from './export-choices';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportOutcomeMessage } from './ExportOutcomeMessage';
import type { ExportOutcome } from './run-export';
import { drawWithMermaid } from './export-diagrams';
import { exporterFor, runExport } from './run-export';
import './export.css';

/**
 * The PDF export: choices (remembered for next time), then the handout is made in a worker with a
 * progress bar and Cancel, and saved through the host — a native save dialog in Electron, a
 * download on the web. The worker starts when the dialog opens, so Export has its fonts ready.
 */
export function ExportDialog({ initial, onClose }: { initial: ExportChoices; onClose: () => void }) {
  const { t } = useTranslation();
  const host = useHost();
  const doc = useApp((s) => s.doc);
  const [choices, setChoices] = useState(initial);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const running = useRef<AbortController | null>(null);
  const exporter = useMemo(() => exporterFor(host, createPdfWorker), [host]);

  useEffect(() => {
    exporter.warm();
    return () => {
      running.current?.abort();
      running.current = null;
      exporter.dispose();
    };
  }, [exporter]);

  if (!doc) return null;
  const busy = progress !== null;

  const start = async () => {
    const controller = new AbortController();
    running.current = controller;
    setOutcome(null);
    setProgress({ done: 0, total: 1 });
    void host.setSettings({ export: toSettings(choices) });
    const result = await runExport({ host, exporter, doc, choices, signal: controller.signal, drawDiagram: drawWithMermaid, onProgress: (done, total) => setProgress({ done, total }) });
    if (running.current !== controller) return;
    running.current = null;
    setProgress(null);
    setOutcome(result);
  };

  const cancel = () => {
    running.current?.abort(new DOMException('Cancelled by the facilitator.', 'AbortError'));
    running.current = null;
    setProgress(null);
    setOutcome({ kind: 'cancelled' });
  };

  const close = () => {
    if (busy) cancel();
    onClose();
  };

  const percent = progress ? Math.round((100 * progress.done) / Math.max(1, progress.total)) : 0;
  return (
    <Dialog title={t('export.title')} onClose={close} className="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void start();
        }}
      >
        <ExportOptionsForm doc={doc} choices={choices} onChange={setChoices} disabled={busy} />
        <div className="export-status" role="status" aria-live="polite">
          {progress && (
            <div className="export-progress">
              {/* Indeterminate until the first section is done (the worker is still loading its fonts). */}
              <progress aria-label={t('export.progress')} max={100} value={percent > 0 ? percent : undefined} />
              <span>{t('export.exporting', { percent })}</span>
            </div>
          )}
          {outcome && <ExportOutcomeMessage outcome={outcome} downloaded={host.kind !== 'electron'} />}
        </div>
        <div className="dialog-actions">
          {busy ? (
            <button type="button" onClick={cancel}>
              {t('export.cancel')}
            </button>
          ) : (
            <button type="button" onClick={close}>
              {t('export.close')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy || !canExport(doc, choices)}>
            {t('export.export')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
