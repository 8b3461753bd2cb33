import type { Token } from 'marked';

/**
 * marked's inline lexer looks ahead from every `*` and `_` for a closing partner, so one
 * paragraph costs up to (its delimiters × its length): 200 KB of `a_b_a_b…` took 40 s, and the
 * tutorial lexes a step again to show it. Real paragraphs stay far below this budget (5 KB with
 * 100 delimiters is 500,000); at the budget, the worst case measured about a second (1,000 `_`
 * in 100 KB: 0.3 s).
 */
export const MAX_INLINE_COST = 100_000_000;
export const INLINE_COST_MESSAGE =
  'too many * and _ in one paragraph for its length (marked would take seconds to read it): split it into shorter paragraphs';

function inlineCost(text: string): number {
  let delimiters = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x2a || code === 0x5f) delimiters += 1;
  }
  return delimiters * text.length;
}

/** Whether one piece of inline markdown (a heading, a quiz text) is over the budget. */
export function inlineTooCostly(text: string): boolean {
  return inlineCost(text) > MAX_INLINE_COST;
}

interface InlineScopes {
  readonly text?: string;
  readonly tokens?: readonly Token[];
  readonly items?: readonly Token[];
  readonly header?: readonly { readonly text: string }[];
  readonly rows?: readonly (readonly { readonly text: string }[])[];
}

/** Block tokens whose text marked lexes as inline markdown (code and HTML blocks it does not). */
const INLINE_LEAVES = new Set(['paragraph', 'text', 'heading']);

/**
 * Whether any inline scope of block tokens (from lexBlocks: a paragraph, a list item's text, a
 * table cell, a heading) is over the budget. Each scope is lexed on its own, so a long list of
 * short items is fine; a block whose whole text is within the budget needs no closer look.
 */
export function blocksTooCostly(tokens: readonly Token[]): boolean {
  const pending = [...tokens];
  for (let token = pending.pop(); token; token = pending.pop()) {
    if (!inlineTooCostly(token.raw)) continue;
    const { text, tokens: children, items, header, rows } = token as InlineScopes;
    const cells = [...(header ?? []), ...(rows ?? []).flat()];
    if (cells.some((cell) => inlineTooCostly(cell.text))) return true;
    const nested = [...(children ?? []), ...(items ?? [])];
    if (nested.length > 0) pending.push(...nested);
    else if (INLINE_LEAVES.has(token.type) && typeof text === 'string' && inlineTooCostly(text)) return true;
  }
  return false;
}
