import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageOf } from '../../../../shared/model/workshop';
import { isPresenterRoute } from '../../app/presenter-route';
import { useApp } from '../../store/context';
import { AdrPanel } from '../adr/AdrPanel';
import { SizingButton } from '../sizing/SizingButton';
import { preloadWhenIdle } from './diagram/mermaid-render';
import { SectionsView } from './SectionsView';
import './notes.css';

type View = 'notes' | 'decisions';

// The facilitator's window gets the diagram library ready in idle time after start-up.
if (typeof window !== 'undefined' && !isPresenterRoute()) preloadWhenIdle();

/** A notes board: Markdown sections with diagrams, and the workshop's decision records beside them. */
export function NotesBoard({ stage }: { stage: StageOf<'notes'> }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('notes');
  const adrCount = useApp((s) => s.doc?.adrs.length ?? 0);
  return (
    <div className="notes-board">
      <div className="board-toolbar">
        <div role="tablist" aria-label={t('notes.views')} className="view-tabs">
          <button type="button" role="tab" aria-selected={view === 'notes'} onClick={() => setView('notes')}>
            {t('notes.viewNotes')}
          </button>
          <button type="button" role="tab" aria-selected={view === 'decisions'} onClick={() => setView('decisions')}>
            {t('notes.viewDecisions', { count: adrCount })}
          </button>
        </div>
        {/* Stage 4 sizes the compute platform: the sizing helper sits beside the architecture notes. */}
        {stage.templateKey === 'architecture' && <SizingButton />}
      </div>
      {view === 'notes' ? <SectionsView stage={stage} /> : <AdrPanel />}
    </div>
  );
}
