import type { Token, Tokens } from 'marked';
import { countNewlines, isVariantToken } from './markdown.js';
import type { Problem } from './front-matter.js';

const OPENING = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A fence left open runs to the end of the document in markdown, silently turning every step
 * after it into code. Reported at the opening fence (also inside variant blocks, where it runs
 * to the block's end); fences inside lists and quotes end with their container, so they are left alone.
 */
export function reportUnclosedFences(tokens: readonly Token[], firstLine: number, problems: Problem[]): void {
  let line = firstLine;
  for (const token of tokens) {
    if (isVariantToken(token)) reportUnclosedFences(token.tokens, line + 1, problems);
    const fence = token.type === 'code' ? unclosedFence(token as Tokens.Code) : null;
    if (fence) problems.push({ line, message: `code fence opened here is never closed (end it with a line of ${fence})` });
    line += countNewlines(token.raw);
  }
}

/** The opening fence when nothing closes it, else null. A closer is the same character, at least as long. */
function unclosedFence(token: Tokens.Code): string | null {
  const lines = token.raw.split('\n');
  const opening = OPENING.exec(lines[0] ?? '')?.[1];
  if (!opening) return null; // an indented code block has no fence
  const last = lines
    .slice(1)
    .filter((text) => text.trim() !== '')
    .at(-1);
  const closing = last === undefined ? undefined : /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(last)?.[1];
  const closed = closing !== undefined && closing[0] === opening[0] && closing.length >= opening.length;
  return closed ? null : opening;
}
