/** Limits applied to every document read, opened or imported (see README "Limits"). */
export const limits = {
  /** Largest workshop file accepted, in bytes of UTF-8 text. */
  fileBytes: 50 * 1024 * 1024,
  /** Longest single text field (a card, a note section), in UTF-16 code units. */
  textChars: 200_000,
  /** Longest short field (titles, names, tags). */
  shortChars: 500,
  stages: 100,
  itemsPerStage: 10_000,
  participants: 500,
} as const;
