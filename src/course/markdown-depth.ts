import type { Token } from 'marked';
import { lexMarkdown } from './markdown.js';

/**
 * Deepest nesting a lesson may use: quotes, lists and emphasis inside each other. The shipped
 * lessons reach 5; marked (and any recursive renderer) runs out of stack at about a thousand.
 */
export const MAX_NESTING = 40;
export const NESTING_MESSAGE = `nesting too deep: use at most ${MAX_NESTING} levels of quotes, lists and emphasis inside each other`;

/** What `parse` returns, or null when it runs out of stack (marked recurses once per level). */
export function withinStack<T>(parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Tokens of a markdown text, or null when marked itself runs out of stack on it. */
export function lexWithinStack(source: string): Token[] | null {
  return withinStack(() => lexMarkdown(source));
}

/** True when markdown nests deeper than MAX_NESTING (or too deep for marked to parse at all). */
export function nestsTooDeep(source: string): boolean {
  const tokens = lexWithinStack(source);
  return tokens === null || nestingDepth(tokens) > MAX_NESTING;
}

interface Containers {
  readonly tokens?: readonly Token[];
  readonly items?: readonly Token[];
  readonly header?: readonly { readonly tokens: readonly Token[] }[];
  readonly rows?: readonly (readonly { readonly tokens: readonly Token[] }[])[];
}

/** A token's children, wherever marked keeps them (inline tokens, list items, table cells). */
export function childTokens(token: Token): readonly Token[] {
  const { tokens, items, header, rows } = token as Containers;
  if (!items && !header) return tokens ?? [];
  return [...(tokens ?? []), ...(items ?? []), ...(header ?? []).flatMap((cell) => cell.tokens), ...(rows ?? []).flat().flatMap((cell) => cell.tokens)];
}

/** How deeply tokens nest (1 for a flat list), computed without recursion so no depth can overflow it. */
export function nestingDepth(tokens: readonly Token[]): number {
  let deepest = 0;
  const pending: [readonly Token[], number][] = [[tokens, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [list, depth] = next;
    if (list.length > 0) deepest = Math.max(deepest, depth);
    for (const token of list) {
      const children = childTokens(token);
      if (children.length > 0) pending.push([children, depth + 1]);
    }
  }
  return deepest;
}

/** Plain text of tokens, again without recursion: what is shown when markup nests too deeply. */
export function flatText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  const pending: Token[] = [...tokens].reverse();
  for (let token = pending.pop(); token; token = pending.pop()) {
    const children = childTokens(token);
    if (children.length > 0) {
      pending.push(...[...children].reverse());
      continue;
    }
    const text = (token as { text?: string }).text;
    parts.push(token.type === 'space' ? ' ' : typeof text === 'string' ? text : token.raw);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
