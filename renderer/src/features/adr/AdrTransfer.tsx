import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { concatenateMadr, exportMadr, madrSlug } from '../../../../shared/adr/madr';
import { planMadrImport } from '../../../../shared/adr/madr-import';
import { maxMadrChars } from '../../../../shared/adr/madr-parse';
import { newId } from '../../../../shared/model/ids';
import { downloadBlob } from '../../app/download-blob';
import { useApp, useAppStore } from '../../store/context';

const download = (name: string, text: string) => downloadBlob(name, text, 'text/markdown;charset=utf-8');

/**
 * MADR export and import. Export: every record as MADR Markdown, in one download
 * (`…-adr-madr.md`, each record after a `<!-- madr-file: 0001-….md -->` line; the command line
 * writes one file per record). Import: any number of MADR files, or such a download.
 */
export function AdrTransfer() {
  const { t } = useTranslation();
  const store = useAppStore();
  const dispatch = useApp((s) => s.dispatch);
  const count = useApp((s) => s.doc?.adrs.length ?? 0);
  const input = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<string | null>(null);

  const exportAll = () => {
    const doc = store.getState().doc;
    if (!doc) return;
    const files = exportMadr(doc);
    download(`${madrSlug(doc.title)}-adr-madr.md`, concatenateMadr(files));
    setReport(t('adr.exported', { count: files.length }));
  };

  const importFiles = async (list: FileList | null) => {
    const doc = store.getState().doc;
    if (!doc || !list || list.length === 0) return;
    const files = [];
    const tooLarge: string[] = [];
    for (const file of list) {
      if (file.size > maxMadrChars * 4) tooLarge.push(file.name);
      else files.push({ fileName: file.name, text: await file.text() });
    }
    const plan = planMadrImport(doc, files, newId);
    const key = `adr-import:${Date.now()}`;
    for (const command of plan.commands) dispatch(command, { coalesceKey: key });
    const failed = [...tooLarge.map((name) => `${name} (${t('adr.fileError.too-large')})`), ...plan.failed.map((f) => `${f.fileName} (${t(f.error.code === 'too-large' ? 'adr.fileError.too-large' : 'adr.fileError.invalid')}${f.error.detail ? `: ${f.error.detail}` : ''})`)];
    setReport([t('adr.imported', { added: plan.added, updated: plan.updated }), failed.length ? t('adr.importFailed', { files: failed.join('; ') }) : ''].filter(Boolean).join(' '));
    if (input.current) input.current.value = '';
  };

  return (
    <div className="adr-transfer">
      <button type="button" disabled={count === 0} onClick={exportAll}>
        {t('adr.export')}
      </button>
      <label className="file-button">
        <span>{t('adr.import')}</span>
        <input ref={input} type="file" multiple accept=".md,.markdown,text/markdown" className="visually-hidden" onChange={(e) => void importFiles(e.target.files)} />
      </label>
      {report && (
        <p className="adr-report" role="status">
          {report}
        </p>
      )}
    </div>
  );
}
