import type { AppError } from '../result';
import type { Language, Workshop } from './workshop';

/** What the home screen shows of a saved workshop. */
export interface WorkshopSummary {
  id: string;
  title: string;
  language: Language;
  updatedAt: string;
  stageCount: number;
}

/** A file in the store that could not be read; it is listed, never overwritten. */
export interface DamagedWorkshop {
  fileName: string;
  error: AppError;
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
