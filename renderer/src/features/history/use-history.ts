import { useEffect, useState } from 'react';
import type { SnapshotInfo, SnapshotPreview } from '../../../../shared/files/types';
import type { AppError } from '../../../../shared/result';
import type { Host } from '../../host/types';

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: AppError };

/** The snapshots of a workshop, newest first, loaded once the panel opens. */
export function useSnapshots(host: Host, id: string): Loaded<SnapshotInfo[]> {
  const [list, setList] = useState<Loaded<SnapshotInfo[]>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void host.listHistory({ id }).then((r) => live && setList(r.ok ? { state: 'ready', value: r.value } : { state: 'failed', error: r.error }));
    return () => {
      live = false;
    };
  }, [host, id]);
  return list;
}

/** The read-only summary of one snapshot; null while none is chosen. */
export function useSnapshotPreview(host: Host, id: string, name: string | null): Loaded<SnapshotPreview> | null {
  const [loaded, setLoaded] = useState<{ name: string; preview: Loaded<SnapshotPreview> } | null>(null);
  useEffect(() => {
    if (!name) return;
    let live = true;
    void host.readSnapshot({ id, name }).then((r) => live && setLoaded({ name, preview: r.ok ? { state: 'ready', value: r.value } : { state: 'failed', error: r.error } }));
    return () => {
      live = false;
    };
  }, [host, id, name]);
  if (!name) return null;
  return loaded?.name === name ? loaded.preview : { state: 'loading' };
}
