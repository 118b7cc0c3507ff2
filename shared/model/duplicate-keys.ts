/** Where a key appears a second time in one JSON object. */
export interface DuplicateKey {
  /** Dotted path of the object's repeated member, e.g. `stages` or `stages.2.cards.0.text`. */
  path: string;
  key: string;
}

interface Frame {
  /** Keys seen so far; null for an array. */
  keys: Set<string> | null;
  expectKey: boolean;
  key: string;
  index: number;
}

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let slashes = 0;
    for (let i = quote - 1; text.charCodeAt(i) === 0x5c; i--) slashes++;
    if (slashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/**
 * The first key repeated within one object of JSON text that already parsed. JSON.parse keeps the
 * last of two equal keys without a word, so a hand-edited file with a second `"stages": []` would
 * open empty and the next save would drop every stage: such a file is refused instead. One pass
 * over the text; value strings are skipped with indexOf, only keys are read.
 */
export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.keys.has(key)) {
          const path = stack.map((f) => (f.keys ? f.key : String(f.index)));
          path[path.length - 1] = key;
          return { path: path.join('.'), key };
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === 0x7b) stack.push({ keys: new Set(), expectKey: true, key: '', index: 0 });
    else if (c === 0x5b) stack.push({ keys: null, expectKey: false, key: '', index: 0 });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
    i++;
  }
  return null;
}
