import { z } from 'zod';
import { limits } from './limits';

/** Titles, names, tags: one line. */
export const shortText = z.string().max(limits.shortChars);
/** Card text, notes, goals. */
export const longText = z.string().max(limits.textChars);
export const timestamp = z.iso.datetime({ offset: true });
/** The items of one board list. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(limits.itemsPerStage);
