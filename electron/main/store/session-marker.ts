import { rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { idSchema } from '../../../shared/model/ids';
import { writeFileAtomic } from './atomic-write';

/**
 * `<userData>/session.json` says "the app is running": written at start, removed on a clean quit.
 * Found at start, it means the last run ended without quitting (crash, power cut, killed), and it
 * names the workshop that was being edited, so the newest state of that one can be offered.
 */
export interface SessionMarker {
  readonly file: string;
  /** Reads what the previous run left (null after a clean quit), then marks this run as running. */
  begin(): Promise<PreviousSession | null>;
  /** Records the workshop being edited; written only when it changes. */
  note(workshop: EditedWorkshop): void;
  /** Clean quit: removes the marker. Synchronous, for `will-quit`. */
  end(): void;
}

const editedSchema = z.object({ id: idSchema, path: z.string().max(4096).nullable() });
export type EditedWorkshop = z.infer<typeof editedSchema>;

const sessionSchema = z.object({ startedAt: z.string().max(64), workshop: editedSchema.nullable() });

export interface PreviousSession {
  startedAt: string | null;
  /** The workshop open when the app stopped; null if none, or the marker itself was damaged. */
  workshop: EditedWorkshop | null;
}

export function createSessionMarker(userData: string, now: () => Date = () => new Date()): SessionMarker {
  const file = path.join(userData, 'session.json');
  const startedAt = now().toISOString();
  let current: EditedWorkshop | null = null;
  let writing: Promise<void> = Promise.resolve();
  let ended = false;

  const write = () => {
    const text = `${JSON.stringify({ startedAt, workshop: current })}\n`;
    writing = writing
      .then(async () => {
        if (!ended) await writeFileAtomic(file, text);
      })
      .catch((error: unknown) => {
        if (!ended) console.warn(`[session] could not write ${file}: ${String(error)}`);
      });
  };

  return {
    file,
    async begin() {
      let previous: PreviousSession | null = null;
      try {
        const parsed = sessionSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
        previous = parsed.success ? parsed.data : { startedAt: null, workshop: null };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') previous = { startedAt: null, workshop: null };
      }
      await fsp.mkdir(userData, { recursive: true });
      write();
      await writing;
      return previous;
    },
    note(workshop) {
      if (current?.id === workshop.id && current.path === workshop.path) return;
      current = workshop;
      write();
    },
    end() {
      ended = true;
      rmSync(file, { force: true });
    },
  };
}
