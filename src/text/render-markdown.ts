import type { Token, Tokens } from 'marked';
import { isVariantToken, lexBlocks } from '../course/markdown.js';
import { flatText, lexWithinStack, MAX_NESTING, nestingDepth, withinStack } from '../course/markdown-depth.js';
import type { WindowsVersion } from '../course/types.js';
import { decodeEntities } from './entities.js';
import { isCjk } from './line-breaks.js';
import type { Styles } from './styles.js';
import { wrapLines } from './wrap.js';

export interface RenderOptions {
  readonly width: number;
  /** Show only this version's variant blocks; null shows both, labelled. */
  readonly windows: WindowsVersion | null;
  readonly styles: Styles;
}

const lexCache = new Map<string, Token[]>();

/** Markdown → terminal lines (ANSI-styled when styles use colour), each at most `width` wide. */
export function renderMarkdown(markdown: string, options: RenderOptions): string[] {
  let tokens = lexCache.get(markdown);
  if (!tokens) {
    tokens = shallowTokens(markdown);
    if (lexCache.size > 500) lexCache.clear();
    lexCache.set(markdown, tokens);
  }
  return renderBlocks(tokens, options);
}

/**
 * Tokens the recursive renderer below can take: a block nested deeper than validate allows
 * (lessons from elsewhere, or text that was never validated) becomes its plain text, and so
 * does everything when marked itself runs out of stack.
 */
function shallowTokens(markdown: string): Token[] {
  const tokens = lexWithinStack(markdown);
  if (tokens) return tokens.map(flattenIfDeep);
  // Lexed block by block instead, only the block that overflows loses its markup.
  const blocks = withinStack(() => lexBlocks(markdown));
  if (!blocks) return [flat(markdown)];
  return blocks.flatMap((block) => lexWithinStack(block.raw)?.map(flattenIfDeep) ?? [flat(block.raw)]);
}

function flattenIfDeep(token: Token): Token {
  if (isVariantToken(token)) return { ...token, tokens: token.tokens.map(flattenIfDeep) };
  return nestingDepth([token]) > MAX_NESTING ? flat(flatText([token])) : token;
}

function flat(text: string): Token {
  return { type: 'flat', raw: text.replace(/\s+/g, ' ').trim() };
}

function renderBlocks(tokens: readonly Token[], options: RenderOptions): string[] {
  const lines: string[] = [];
  for (const token of tokens) {
    const block = renderBlock(token, options);
    if (block.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(...block);
  }
  return lines;
}

function renderBlock(token: Token, options: RenderOptions): string[] {
  const { width, styles } = options;
  if (isVariantToken(token)) {
    if (options.windows && token.version !== options.windows) return [];
    const body = renderBlocks(token.tokens, options);
    return options.windows ? body : [styles.label(`[Windows ${token.version}]`), ...body];
  }
  switch (token.type) {
    case 'space':
      return [];
    case 'flat':
      return wrapLines(token.raw, width);
    case 'heading':
      return wrapLines(styles.heading(inline((token as Tokens.Heading).tokens, styles)), width);
    case 'paragraph':
    case 'text':
      return wrapLines(inline((token as Tokens.Paragraph).tokens ?? [token], styles), width);
    case 'list':
      return renderList(token as Tokens.List, options);
    case 'code':
      return (token as Tokens.Code).text
        .split('\n')
        .flatMap((line) => wrapLines(line, width - 2).map((part) => `  ${styles.codeBlock(part)}`));
    case 'blockquote':
      return renderBlocks((token as Tokens.Blockquote).tokens, { ...options, width: width - 2 }).map(
        (line) => `${styles.dim(styles.quote)}${line}`,
      );
    case 'hr':
      return [styles.dim(styles.rule.repeat(Math.max(3, Math.min(width, 40))))];
    case 'table':
      return renderTable(token as Tokens.Table, options);
    case 'html':
      return /^\s*<!--[\s\S]*-->\s*$/.test(token.raw) ? [] : wrapLines(token.raw.trim(), width);
    default:
      return wrapLines(token.raw.trim(), width);
  }
}

function renderList(list: Tokens.List, options: RenderOptions): string[] {
  const start = typeof list.start === 'number' ? list.start : 1;
  const markers = list.items.map((_, index) => (list.ordered ? `${start + index}.` : options.styles.bullet));
  const indent = Math.max(...markers.map((marker) => marker.length)) + 1;
  const lines: string[] = [];
  list.items.forEach((item, index) => {
    const body = renderBlocks(item.tokens, { ...options, width: options.width - indent });
    const compact = list.loose ? body : body.filter((line) => line !== '');
    if (list.loose && index > 0) lines.push('');
    compact.forEach((line, lineIndex) => {
      const prefix = lineIndex === 0 ? (markers[index] ?? '').padEnd(indent) : ' '.repeat(indent);
      lines.push(line === '' ? '' : prefix + line);
    });
  });
  return lines;
}

function renderTable(table: Tokens.Table, options: RenderOptions): string[] {
  const row = (cells: readonly Tokens.TableCell[]) => cells.map((cell) => inline(cell.tokens, options.styles)).join(' | ');
  return [row(table.header), ...table.rows.map(row)].flatMap((line) => wrapLines(line, options.width));
}

/**
 * Stands for a soft line break (a newline inside a paragraph's source) until the paragraph's
 * text is put together and both its neighbours are known. A C0 control: lesson text is
 * sanitised, so it holds none of its own.
 */
const SOFT_BREAK = '\u001F';
/** A soft break with the spaces and style escapes around it (the leftmost match takes them all). */
const SOFT_BREAK_AROUND = /((?:\u001B\[[0-9;]*m|\u001B\]8;;[^\u0007\u001B]*\u0007| )*)\u001F((?:\u001B\[[0-9;]*m|\u001B\]8;;[^\u0007\u001B]*\u0007| )*)/g;

/** Inline tokens → one styled string (newlines only for hard breaks). */
export function inline(tokens: readonly Token[] | undefined, styles: Styles): string {
  const text = inlineText(tokens, styles);
  return text.includes(SOFT_BREAK) ? joinSoftBreaks(text) : text;
}

/**
 * A soft break is a space, as in English, except between two CJK characters: Chinese and
 * Japanese put no space between words, so the lines join with nothing (and lose the spaces
 * around the break), like CSS's segment break transformation.
 */
function joinSoftBreaks(text: string): string {
  return text.replace(SOFT_BREAK_AROUND, (match, before: string, after: string, offset: number) => {
    const previous = String.fromCodePoint(text.codePointAt(offset - (isLowSurrogate(text, offset - 1) ? 2 : 1)) ?? 0x20);
    const next = String.fromCodePoint(text.codePointAt(offset + match.length) ?? 0x20);
    if (offset > 0 && isCjk(previous) && isCjk(next)) return before.replace(/ /g, '') + after.replace(/ /g, '');
    return `${before} ${after}`;
  });
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

function inlineText(tokens: readonly Token[] | undefined, styles: Styles): string {
  if (!tokens) return '';
  return tokens.map((token) => inlineToken(token, styles)).join('');
}

function inlineToken(token: Token, styles: Styles): string {
  switch (token.type) {
    case 'strong':
      return styles.bold(inlineText((token as Tokens.Strong).tokens, styles));
    case 'em':
      return styles.italic(inlineText((token as Tokens.Em).tokens, styles));
    case 'del':
      return `~${inlineText((token as Tokens.Del).tokens, styles)}~`;
    case 'codespan':
      return styles.code((token as Tokens.Codespan).text);
    case 'br':
      return '\n';
    case 'link': {
      const link = token as Tokens.Link;
      const text = inlineText(link.tokens, styles);
      // A Windows label the course did not localize (see course/label-refs.ts): its English words.
      if (link.href.startsWith('label:')) return text;
      const plain = link.text.trim();
      const shown = plain === link.href || `mailto:${plain}` === link.href ? styles.link(link.href) : `${styles.link(text)} (${link.href})`;
      return styles.hyperlink(shown, link.href);
    }
    case 'image': {
      const image = token as Tokens.Image;
      return `[image: ${image.text}] (${image.href})`;
    }
    case 'html':
      return /^<!--/.test(token.raw) ? '' : token.raw;
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? inlineText(text.tokens, styles) : decodeEntities(text.text).replace(/\n/g, SOFT_BREAK);
    }
    default:
      return (token as { text?: string }).text ?? token.raw;
  }
}
