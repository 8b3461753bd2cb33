/**
 * The tutorial renders at most this much of one step's text per frame, so no step can stall
 * the screen (or Ctrl+C). Real steps are a few KiB; validate warns about longer ones.
 */
export const MAX_STEP_CHARS = 64 * 1024;
export const STEP_CUT_WARNING = `step text is longer than ${MAX_STEP_CHARS / 1024} KiB: the tutorial shows only its beginning (print shows all of it)`;

/** The beginning of a long text, ending at a line break where there is one near the limit. */
export function stepTextPrefix(text: string): { readonly text: string; readonly cut: boolean } {
  if (text.length <= MAX_STEP_CHARS) return { text, cut: false };
  const lineEnd = text.lastIndexOf('\n', MAX_STEP_CHARS);
  return { text: text.slice(0, lineEnd > MAX_STEP_CHARS / 2 ? lineEnd : MAX_STEP_CHARS), cut: true };
}
