/** Page colours the theme colours are checked against (the same values as in src/styles/global.css). */
export const PAGE_LIGHT = '#ffffff';
export const PAGE_DARK = '#16191d';
export const SURFACE_LIGHT = '#f4f2ee';
export const SURFACE_DARK = '#1f2328';
