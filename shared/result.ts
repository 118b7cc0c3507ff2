/**
 * Results cross process boundaries (IPC, IndexedDB, workers), where thrown errors lose their type.
 * Every failure carries a stable `code` that the renderer translates (i18n key `errors.<code>`),
 * plus optional details a facilitator can act on (which field, which file).
 */
export const errorCodes = [
  'not-found',
  'too-large',
  'not-json',
  'invalid',
  'newer-version',
  'target-invalid',
  'io',
  'disk-full',
  'no-permission',
  'read-only-fs',
  'conflict',
  'read-only',
  'unsupported',
  'bad-request',
  'forbidden-sender',
  /** A file offered as a template that is not one (a workshop file, another JSON file). */
  'not-template',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  /** Where in the document the problem is, e.g. `stages.2.cards.0.text`. */
  path?: string;
  /** Untranslated technical detail, shown under the translated message. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, extra: Omit<AppError, 'code'> = {}): Result<T> => ({
  ok: false,
  error: { code, ...extra },
});
