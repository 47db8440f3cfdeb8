/**
 * Font stacks for local (TinySDF) text rendering: with no `glyphs` URL MapLibre draws labels with the
 * browser's fonts, reading the weight from the first name. No font of this name exists, so the browser's
 * sans-serif is used in bold.
 */
export const FONT_REGULAR = ['sans-serif'];
export const FONT_BOLD = ['Siaga Sans Bold', 'sans-serif'];
