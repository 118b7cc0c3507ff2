import { z } from 'zod';
import type { ApiMethod, Channel } from './ipc-channels';
import { apiChannels } from './ipc-channels';
import { isPdfBytes, maxPdfBytes } from './export/pdf-file';
import { filesContract } from './files/contract';
import { templatesContract } from './files/templates-contract';
import { idSchema } from './model/ids';
import type { WorkshopListing } from './model/summary';
import type { Workshop } from './model/workshop';
import { workshopSchema } from './model/workshop';
import type { Result } from './result';
import type { Settings } from './settings';
import { settingsPatchSchema } from './settings';

/** One entry of the contract: the schema of the single argument object, and the result's type. */
interface Endpoint<A extends z.ZodType, R> {
  args: A;
  /** Type-only marker for the result; never read at run time. */
  result?: R;
}
const endpoint = <R>() => <A extends z.ZodType>(args: A): Endpoint<A, R> => ({ args });

const none = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();

/** The faces of the PDF font: regular text and bold headings. */
export const fontFaces = ['regular', 'bold'] as const;
export type FontFace = (typeof fontFaces)[number];

/**
 * The IPC contract: channel → argument schema → result. Main registers one handler per channel
 * and validates the argument with this schema; the preload and the renderer's hosts derive their
 * types from it. Every result is a `Result`, so errors keep their code across the boundary.
 */
export const ipcContract = {
  'workshops:list': endpoint<Result<WorkshopListing>>()(none),
  'workshops:load': endpoint<Result<Workshop>>()(byId),
  'workshops:save': endpoint<Result<{ savedAt: string }>>()(z.object({ doc: workshopSchema }).strict()),
  'workshops:delete': endpoint<Result<null>>()(byId),
  'settings:get': endpoint<Result<Settings>>()(none),
  'settings:set': endpoint<Result<Settings>>()(settingsPatchSchema),
  /** Opens the presenter (projector) window, or closes it when it is open; says which it did. */
  'presenter:toggle': endpoint<Result<{ open: boolean }>>()(none),
  /** The bytes of one of the two fonts the PDF embeds (LXGW WenKai), read from the app's own files. */
  'fonts:read': endpoint<Result<Uint8Array>>()(z.object({ face: z.enum(fontFaces) }).strict()),
  /** Asks where to save a generated PDF (native dialog), then writes it atomically. */
  'pdf:save': endpoint<Result<{ path: string } | { cancelled: true }>>()(
    z
      .object({
        bytes: z
          .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected the PDF’s bytes')
          .refine((b) => b.length <= maxPdfBytes, `larger than ${maxPdfBytes / 1024 / 1024} MB`)
          .refine(isPdfBytes, 'not a PDF (it must start with %PDF-)'),
        suggestedName: z.string().max(500),
      })
      .strict(),
  ),
  /** Open, save as, export, import, history and crash recovery: shared/files/contract.ts. */
  ...filesContract,
  /** Custom templates: list, load, save, delete, import and export (shared/files/templates-contract.ts). */
  ...templatesContract,
  /**
   * A link a reader clicked in a note: main checks it (http(s) only, no credentials) and asks in a
   * native dialog before handing it to the system browser. `opened: false`: the user declined.
   */
  'links:open-external': endpoint<Result<{ opened: boolean }>>()(z.object({ url: z.string().min(1).max(2048) }).strict()),
} satisfies Record<Channel, Endpoint<z.ZodType, unknown>>;

export type IpcContract = typeof ipcContract;
export type ArgsOf<C extends Channel> = z.input<IpcContract[C]['args']>;
export type ResultOf<C extends Channel> = NonNullable<IpcContract[C]['result']>;

/** The API the preload exposes and every renderer host implements. */
export type GroundworkApi = {
  [M in ApiMethod]: (args: ArgsOf<(typeof apiChannels)[M]>) => Promise<ResultOf<(typeof apiChannels)[M]>>;
};

export { apiChannels };
