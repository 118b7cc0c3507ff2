import { z } from 'zod';
import type { CustomTemplate, CustomTemplateSummary } from '../model/custom-template';
import { idSchema } from '../model/ids';
import { limits } from '../model/limits';
import type { Result } from '../result';
import type { Cancelled } from './contract';

// The custom-template part of the IPC contract (spread into shared/ipc.ts). Templates live in
// `<userData>/templates/<id>.groundwork-template`; the renderer names them by id only, never by path.

interface Endpoint<A extends z.ZodType, R> {
  args: A;
  result?: R;
}
const endpoint = <R>() => <A extends z.ZodType>(args: A): Endpoint<A, R> => ({ args });

const byId = z.object({ id: idSchema }).strict();

export const templatesContract = {
  /** The templates saved on this machine, newest first; files that fail validation are left out (and untouched). */
  'templates:list': endpoint<Result<CustomTemplateSummary[]>>()(z.object({}).strict()),
  'templates:load': endpoint<Result<CustomTemplate>>()(byId),
  /** A template as the text of its file, checked by main with the whole read path, then written as checked. */
  'templates:save': endpoint<Result<CustomTemplateSummary>>()(z.object({ text: z.string().max(limits.fileBytes) }).strict()),
  'templates:delete': endpoint<Result<null>>()(byId),
  /** Import template…: a chosen file's bytes, validated like a saved template, added under a new id if its id is taken. */
  'templates:import': endpoint<Result<CustomTemplateSummary>>()(
    z.object({ bytes: z.instanceof(Uint8Array).refine((b) => b.length <= limits.fileBytes, 'larger than the file size limit') }).strict(),
  ),
  /** Export template file: the stored file, written where the user chooses (native dialog) or downloaded (web). */
  'templates:export': endpoint<Result<{ path: string } | Cancelled>>()(byId),
};
