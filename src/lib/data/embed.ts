/** How a chart's embed page and the page that frames it agree on the frame's height. */

/** The message an embed page posts to the page that frames it: { type, height } (CSS pixels). */
export const EMBED_HEIGHT_MESSAGE = 'chart-embed-height';

/**
 * The frame's height in the embed code, kept where the framing page runs no script: enough for
 * every chart's embed page in a column 600 pixels wide with its table folded (the tallest measured
 * in Chromium, 692 px, by tests/e2e/reader-fixes.spec.ts, with room for other fonts).
 */
export const EMBED_HEIGHT = 760;
