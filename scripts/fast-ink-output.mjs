// Swaps Ink's internal Output class for src/ui/ink-output.ts at bundle time (see below).
import { fileURLToPath } from 'node:url';

const fastOutput = fileURLToPath(new URL('../src/ui/ink-output.ts', import.meta.url));
const cachedWidestLine = fileURLToPath(new URL('../src/ui/ink-widest-line.ts', import.meta.url));

/**
 * Ink's renderer builds every frame through its internal Output class, which styles every cell
 * of the window anew on each keypress. src/ui/ink-output.ts is a drop-in with the same output
 * and caches that last across frames; this swaps it in for Ink's own file (only that import),
 * and gives Ink a `widest-line` that remembers widths (Ink measures every Text on every frame).
 */
export const fastInkOutput = {
  name: 'fast-ink-output',
  setup(build) {
    let swapped = false;
    build.onResolve({ filter: /^\.\/output\.js$/ }, (args) => {
      if (!/[\\/]ink[\\/]build[\\/]renderer\.js$/.test(args.importer)) return undefined;
      swapped = true;
      return { path: fastOutput };
    });
    build.onResolve({ filter: /^widest-line$/ }, (args) => (/[\\/]ink[\\/]build[\\/]/.test(args.importer) ? { path: cachedWidestLine } : undefined));
    // A new Ink that moved its Output must not silently ship the slow path: look at it again.
    // (Errors pushed onto the result in onEnd are ignored by esbuild; returned ones fail it.)
    build.onEnd((result) => {
      if (!swapped && result.errors.length === 0) return { errors: [{ text: "fast-ink-output: Ink's renderer no longer imports ./output.js; check src/ui/ink-output.ts against this Ink" }] };
      return undefined;
    });
  },
};
