import { z } from 'zod';

/** Stable item ids: URL-safe, short enough to show in a path, never reused within a document. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'id may use only letters, digits, "_" and "-"');

export type Id = z.infer<typeof idSchema>;

/** A new random id. Commands never call this: ids are made by the caller and passed in, so commands stay pure. */
export function newId(): Id {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20);
}
