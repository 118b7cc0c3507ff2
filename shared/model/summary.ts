import type { RecoveryCandidate } from '../files/types';
import type { AppError } from '../result';
import type { Language, Workshop } from './workshop';
import { stageItems } from './workshop';

/** What the home screen shows of a saved workshop. */
export interface WorkshopSummary {
  id: string;
  title: string;
  language: Language;
  updatedAt: string;
  stageCount: number;
  /** Set when the file was written by a newer app version: it opens read-only. */
  readOnly?: boolean;
}

/** A file in the store that could not be read; it is listed, never overwritten. */
export interface DamagedWorkshop {
  fileName: string;
  error: AppError;
  /** The name it was moved to in the quarantine folder (never deleted, never overwritten). */
  quarantinedAs?: string;
  /** The workshop id the file name promised, when it is one. */
  id?: string;
  /** The newest good earlier version (last good copy or snapshot) that can be restored. */
  recovery?: RecoveryCandidate;
}

export interface WorkshopListing {
  workshops: WorkshopSummary[];
  damaged: DamagedWorkshop[];
}

export function summarize(doc: Workshop): WorkshopSummary {
  return {
    id: doc.id,
    title: doc.title,
    language: doc.language,
    updatedAt: doc.updatedAt,
    stageCount: doc.stages.length,
  };
}

/** Newest first, then by title, so the list is stable. */
export function sortSummaries(list: WorkshopSummary[]): WorkshopSummary[] {
  return list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title));
}

/** How much a workshop holds: stages, cards on cards boards, and all items of every board. */
export interface WorkshopCounts {
  stages: number;
  cards: number;
  items: number;
}

export function countWorkshop(doc: Workshop): WorkshopCounts {
  let cards = 0;
  let items = 0;
  for (const stage of doc.stages) {
    if (stage.kind === 'cards') cards += stage.cards.length;
    for (const [key, list] of Object.entries(stageItems(stage))) if (key !== 'groups') items += list.length;
  }
  return { stages: doc.stages.length, cards, items };
}
