import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diagramImage } from '../diagram-image';
import { downloadBlob } from '../../../app/download-blob';

/** Saves the diagram as a 300 dpi PNG (a download), for slides and documents outside Groundwork. */
export function SavePngButton({ source, name }: { source: string; name: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    const result = await diagramImage(source);
    setBusy(false);
    if (!result.ok) return setFailed(result.message);
    setFailed(null);
    downloadBlob(`${name.replace(/[^\w-]+/g, '-')}-300dpi.png`, result.image.png as Uint8Array<ArrayBuffer>, 'image/png');
  };
  return (
    <>
      {failed && <span className="diagram-error-message">{failed}</span>}
      <button type="button" disabled={busy} onClick={() => void save()}>
        {busy ? t('notes.savingPng') : t('notes.savePng')}
      </button>
    </>
  );
}
