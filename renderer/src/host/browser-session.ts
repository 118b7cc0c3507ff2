import type { SessionFlag } from './text-workshops';

const key = 'groundwork.session';

/**
 * The web build's crash marker, in localStorage: `{ tab, id }` names the workshop this tab edits.
 * Read (and taken over) when the page starts; removed when the page is closed normally
 * (`pagehide`), only by the tab that wrote it. A marker found at start means the last page ended
 * without closing: a crash, a killed browser, a power cut.
 */
export function localSessionFlag(storage: Storage = localStorage, target: Pick<Window, 'addEventListener'> = window): SessionFlag {
  const tab = crypto.randomUUID();
  let previous: string | null = null;
  try {
    const found: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (found && typeof found === 'object' && 'id' in found && typeof found.id === 'string') previous = found.id;
    storage.removeItem(key);
  } catch {
    storage.removeItem(key);
  }
  let written = false;
  target.addEventListener('pagehide', () => {
    try {
      const current: unknown = JSON.parse(storage.getItem(key) ?? 'null');
      if (written && current && typeof current === 'object' && 'tab' in current && current.tab === tab) storage.removeItem(key);
    } catch {
      // unreadable: leave it, the next start treats it as unclean
    }
  });
  return {
    read: () => previous,
    write(id) {
      written = true;
      storage.setItem(key, JSON.stringify({ tab, id }));
    },
  };
}
