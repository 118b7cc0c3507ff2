import { memo, useEffect, useState } from 'react';
import { Dialog } from '../../../app/Dialog';
import { useTranslation } from 'react-i18next';
import type { DiagramResult } from './mermaid-render';
import { renderDiagram } from './mermaid-render';
import { SavePngButton } from './SavePngButton';
import { svgDataUrl } from './svg-image';

/** Wait after the last keystroke before drawing again: typing stays fluid, the error follows shortly. */
export const diagramDebounceMs = 350;

type Shown = { state: 'drawing' } | { state: 'drawn'; src: string; width: number; height: number } | { state: 'error'; message: string };

/** The kind of diagram, from its first meaningful line (`flowchart LR` → `flowchart`). */
function diagramKind(source: string): string {
  const line = source.split('\n').find((l) => l.trim() && !l.trim().startsWith('%%') && l.trim() !== '---');
  return line?.trim().split(/\s+/)[0]?.slice(0, 40) ?? '';
}

/**
 * One ```mermaid block of a note, drawn as an image. While the source is being typed it is drawn
 * again after a pause; a syntax error shows here, beside the source, and the last good drawing
 * stays visible (dimmed) so the room does not lose the picture mid-sentence.
 */
export const MermaidDiagram = memo(function MermaidDiagram({ source }: { source: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>({ state: 'drawing' });
  const [lastGood, setLastGood] = useState<Extract<Shown, { state: 'drawn' }> | null>(null);
  const [enlarged, setEnlarged] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const apply = (result: DiagramResult) => {
      if (cancelled) return;
      if (result.ok) {
        const drawn = { state: 'drawn' as const, src: svgDataUrl(result.svg), width: result.width, height: result.height };
        setShown(drawn);
        setLastGood(drawn);
      } else setShown({ state: 'error', message: result.message });
    };
    const timer = window.setTimeout(() => void renderDiagram(source).then(apply), lastGood ? diagramDebounceMs : 0);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
    // Redrawn when the source changes; the last good drawing only decides the first delay.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source]);

  const alt = t('notes.diagramAlt', { kind: diagramKind(source) });
  if (shown.state === 'error') {
    return (
      <figure className="diagram diagram-failed">
        <div className="diagram-error" role="status">
          <strong>{t('notes.diagramError')}</strong>
          <pre className="diagram-error-message">{shown.message}</pre>
        </div>
        <pre className="diagram-source" aria-label={t('notes.diagramSource')}>
          {source}
        </pre>
        {lastGood && <img className="diagram-image stale" src={lastGood.src} width={lastGood.width} height={lastGood.height} alt={t('notes.diagramStale')} />}
      </figure>
    );
  }
  if (shown.state === 'drawing') {
    return (
      <figure className="diagram diagram-drawing" aria-busy="true">
        <p>{t('notes.diagramDrawing')}</p>
      </figure>
    );
  }
  return (
    <figure className="diagram">
      <button type="button" className="diagram-enlarge" onClick={() => setEnlarged(true)}>
        {t('notes.enlarge')}
      </button>
      <div className="diagram-scroll">
        <img className="diagram-image" src={shown.src} width={shown.width} height={shown.height} alt={alt} />
      </div>
      {enlarged && (
        <Dialog title={alt} onClose={() => setEnlarged(false)} className="diagram-dialog">
          <img className="diagram-large" src={shown.src} width={shown.width} height={shown.height} alt={alt} />
          <div className="dialog-actions">
            <SavePngButton source={source} name={diagramKind(source) || 'diagram'} />
            <button type="button" autoFocus onClick={() => setEnlarged(false)}>
              {t('notes.close')}
            </button>
          </div>
        </Dialog>
      )}
    </figure>
  );
});
