// Stands in for the `widest-line` package inside Ink's bundle (scripts/build.mjs): the same
// function, with the widths remembered across frames (see ink-output.ts).
export { widestLine as default } from './ink-output.js';
