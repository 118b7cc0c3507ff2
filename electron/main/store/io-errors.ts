import type { ErrorCode, Result } from '../../../shared/result';
import { fail } from '../../../shared/result';
import { errorCode } from './atomic-write';

/** File system error codes a facilitator can act on, each with its own translated message. */
const codes: Record<string, ErrorCode> = {
  ENOENT: 'not-found',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'read-only-fs',
};

/** A thrown file system error as a Result: disk full, no permission, read-only, or plain io. */
export function ioFailure<T>(error: unknown): Result<T> {
  const detail = error instanceof Error ? error.message : String(error);
  return fail(codes[errorCode(error) ?? ''] ?? 'io', { detail });
}
