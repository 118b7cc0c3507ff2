/**
 * Table column widths from what the columns hold (the idea of HTML's automatic table layout):
 * short columns — numbers, scores, statuses, dates, owners — get the width their longest cell needs
 * on one line; the text columns share the rest in proportion to their longest lines, each kept to
 * a readable minimum, then trade width where that makes the table shorter. Pure: widths in
 * points, from the caller's measurements.
 */
export interface ColumnNeeds {
  /** The widest piece no line may break inside (a word, a number), padding included. */
  min: number;
  /** The longest line of any cell set without wrapping, padding included. */
  max: number;
  /** The header on one line, padding included (a header may wrap; it is preferred on one line). */
  header: number;
}

/** A column whose cells need no more than this share of the table is sized to them, not shared. */
const fixedShare = 0.17;
/** A text column is never narrower than this share of the table (nor than its longest word). */
const textShare = 0.15;
/**
 * The most of the table one unbreakable word (a URL, a path, a code) may claim as its column's
 * minimum: a longer one is cut inside its cell instead of squeezing the other columns.
 */
const wordShare = 0.35;
/**
 * Points every column keeps when even the longest words do not fit: about three ideographs or five
 * Latin letters of the table's type, with the cell's padding (or an equal share, if that is less).
 */
const leastWidth = 38;

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Shares `room` among `columns` in proportion to `weights`, none below `floors` nor above `caps`:
 * a column that hits a bound keeps it, and the others share what is left, until none does.
 */
function share(room: number, weights: readonly number[], floors: readonly number[], caps: readonly number[]): number[] {
  const widths = weights.map(() => 0);
  const open = new Set(weights.map((_, i) => i));
  let left = room;
  while (open.size > 0) {
    // Columns of no weight share only when all are of none.
    const weighed = sum([...open].map((i) => weights[i] ?? 0));
    const weightOf = (i: number): number => (weighed > 0 ? (weights[i] ?? 0) : 1);
    const weight = weighed > 0 ? weighed : open.size;
    const tried = new Map([...open].map((i) => [i, left * (weightOf(i) / weight)]));
    const low = [...open].filter((i) => (tried.get(i) ?? 0) < (floors[i] ?? 0));
    const high = [...open].filter((i) => (tried.get(i) ?? 0) > (caps[i] ?? Infinity));
    // Fix the columns under their floor first: they take room the others then share.
    const bound = low.length > 0 ? low.map((i) => [i, floors[i] ?? 0] as const) : high.map((i) => [i, caps[i] ?? 0] as const);
    if (bound.length === 0) {
      for (const [i, w] of tried) widths[i] = w;
      break;
    }
    for (const [i, w] of bound) {
      widths[i] = w;
      left -= w;
      open.delete(i);
    }
  }
  return widths;
}

/** Lines of each row's cell in a column at a width, the header first (the width includes padding). */
export type RowLines = (column: number, width: number) => number[];

/** Steps (points) by which text columns trade width, coarse to fine. */
const steps = [32, 16, 8, 4];

/**
 * Moves width between the columns that may wrap while that makes the table shorter: a column of
 * many short lines ("label: value" details) is better whole beside a paragraph that wraps once
 * more, and a name may go on two lines in a row that is five lines tall anyway. The height is the
 * header's and the rows' lines, each as tall as its tallest cell.
 */
function balance(start: number[], movable: readonly number[], floors: readonly number[], rowLines: RowLines): number[] {
  const cache = new Map<string, number[]>();
  const linesAt = (column: number, width: number): number[] => {
    const key = `${column}:${width.toFixed(2)}`;
    let lines = cache.get(key);
    if (!lines) {
      lines = rowLines(column, width);
      cache.set(key, lines);
    }
    return lines;
  };
  const height = (widths: readonly number[]): number => {
    const columns = widths.map((w, c) => linesAt(c, w));
    const rows = Math.max(0, ...columns.map((l) => l.length));
    let total = 0;
    for (let r = 0; r < rows; r++) total += Math.max(1, ...columns.map((l) => l[r] ?? 1));
    return total;
  };
  let widths = start;
  let best = height(widths);
  for (const step of steps) {
    for (let improved = true; improved; ) {
      improved = false;
      // From each column to each other, by one step or several: line counts fall in steps, so
      // a single step often changes nothing where a larger move does.
      for (const from of movable) {
        for (const to of movable) {
          for (let move = step; from !== to && (widths[from] ?? 0) - move >= (floors[from] ?? 0); move += step) {
            const tried = widths.map((w, i) => (i === from ? w - move : i === to ? w + move : w));
            const h = height(tried);
            if (h < best) {
              best = h;
              widths = tried;
              improved = true;
              break;
            }
          }
        }
      }
    }
  }
  return widths;
}

/**
 * Widths that add up to `total`. A column is fixed when its cells fit on one line in a small share
 * of the table: it gets that line (and its header on one line, when that is short too). The text
 * columns share the rest by their longest lines, capped at them while others still wrap, and never
 * narrower than their longest word or a readable share; given `rowLines`, the columns that may
 * wrap then trade width while that makes the table shorter. A longest word counts only up to a
 * share of the table, less when the other columns need the room (a long URL is cut inside its
 * cell rather than starve the others). When even the minimums do not fit, the fixed columns give
 * way to their longest words, then everything is scaled down by longest word, each column keeping
 * room for a few characters (the breaker then cuts words).
 */
export function columnWidths(needs: readonly ColumnNeeds[], total: number, rowLines?: RowLines): number[] {
  if (needs.length === 0) return [];
  const least = Math.min(leastWidth, total / needs.length);
  const limit = total * fixedShare;
  const fixed = needs.map((c) => Math.max(c.max, c.min) <= limit);
  const fixedWidth = needs.map((c) => Math.max(c.max, c.min, c.header <= limit ? c.header : 0));
  const fixedTotal = sum(needs.map((_, i) => (fixed[i] ? (fixedWidth[i] ?? 0) : 0)));
  const readable = Math.max(total * textShare, least);
  const floorsOf = (columns: readonly ColumnNeeds[]): number[] =>
    columns.map((c, i) => (fixed[i] ? (fixedWidth[i] ?? 0) : Math.max(c.min, Math.min(Math.max(c.max, c.header), readable))));
  const columns = capLongWords(needs, fixed, total, least, (capped) => fixedTotal + sum(floorsOf(capped).filter((_, i) => !fixed[i])) <= total);
  const floor = floorsOf(columns);
  const want = columns.map((c, i) => (fixed[i] ? (fixedWidth[i] ?? 0) : Math.max(c.max, c.header, floor[i] ?? 0)));

  if (sum(want) <= total) {
    // Everything fits on one line: the spare room goes to the text columns (or to all when none).
    const spare = total - sum(want);
    const takers = fixed.some((f) => !f) ? want.map((w, i) => (fixed[i] ? 0 : w)) : want;
    const weight = sum(takers);
    return want.map((w, i) => w + (weight > 0 ? spare * ((takers[i] ?? 0) / weight) : spare / want.length));
  }
  const textIndexes = columns.flatMap((_, i) => (fixed[i] ? [] : [i]));
  const textFloor = sum(textIndexes.map((i) => floor[i] ?? 0));
  if (fixedTotal + textFloor <= total) {
    const widths = share(
      total - fixedTotal,
      textIndexes.map((i) => want[i] ?? 0),
      textIndexes.map((i) => floor[i] ?? 0),
      textIndexes.map((i) => want[i] ?? 0),
    );
    const result = columns.map((_, i) => (fixed[i] ? (fixedWidth[i] ?? 0) : 0));
    textIndexes.forEach((i, k) => (result[i] = widths[k] ?? 0));
    // Short columns may give way down to their longest word, when that makes the table shorter.
    const movable = columns.flatMap((c, i) => (c.min < (result[i] ?? 0) - 0.5 || !fixed[i] ? [i] : []));
    const floors = columns.map((c, i) => (fixed[i] ? c.min : (floor[i] ?? 0)));
    return rowLines && movable.length > 1 ? balance(result, movable, floors, rowLines) : result;
  }
  // Too narrow for the minimums: every column down to its longest word (and a few characters, if
  // its text is as wide), the room above that by need.
  const mins = columns.map((c) => c.min);
  const lows = columns.map((c) => Math.max(c.min, Math.min(c.max, least)));
  if (sum(lows) <= total) return share(total, want, lows, want.map(() => Infinity));
  // Not even the longest words fit: by longest word, but each column keeps a few characters (or all its text).
  return share(total, mins, columns.map((c) => Math.min(Math.max(c.min, c.max), least)), mins.map(() => Infinity));
}

/**
 * The needs with the longest word of each text column that has one longer than a share of the
 * table counted only up to a cap: that share, or less while `fits` says the columns' floors do not
 * fit beside each other (never below `least`). Other columns keep their longest words whole.
 */
function capLongWords(needs: readonly ColumnNeeds[], fixed: readonly boolean[], total: number, least: number, fits: (capped: ColumnNeeds[]) => boolean): ColumnNeeds[] {
  const widest = Math.max(least, total * wordShare);
  const long = needs.map((c, i) => !fixed[i] && c.min > widest);
  const capped = (cap: number): ColumnNeeds[] => needs.map((c, i) => (long[i] ? { ...c, min: cap } : c));
  if (!long.some(Boolean) || fits(capped(widest))) return capped(widest);
  if (!fits(capped(least))) return capped(least);
  // The widest cap that fits, to a fraction of a point.
  let low = least;
  let high = widest;
  while (high - low > 0.25) {
    const mid = (low + high) / 2;
    if (fits(capped(mid))) low = mid;
    else high = mid;
  }
  return capped(low);
}
