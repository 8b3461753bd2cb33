import { Lexer, Marked, type Token, type Tokens, type TokenizerAndRendererExtension } from 'marked';

/** A `::: windows 11` … `:::` block: markdown shown only for one Windows version. */
export interface VariantToken {
  readonly type: 'variant';
  readonly raw: string;
  /** As written; the validator checks it names a known version. */
  readonly version: string;
  readonly tokens: Token[];
}

const VARIANT_BLOCK = /^::: *windows +([^\n]*?) *\n([\s\S]*?)\n? *::: *(?:\n+|$)/;

const variantExtension: TokenizerAndRendererExtension = {
  name: 'variant',
  level: 'block',
  start(source: string) {
    return /^::: *windows/m.exec(source)?.index;
  },
  tokenizer(source: string) {
    const match = VARIANT_BLOCK.exec(source);
    if (!match) return undefined;
    const token = {
      type: 'variant',
      raw: match[0],
      version: match[1] ?? '',
      tokens: [] as Token[],
    };
    this.lexer.blockTokens(match[2] ?? '', token.tokens);
    return token;
  },
};

const markedInstance = new Marked({ gfm: true, extensions: [variantExtension] });

export function lexMarkdown(source: string): Token[] {
  return markedInstance.lexer(source);
}

/**
 * Block structure only: loading a lesson needs headings, fences and variant blocks, not the
 * inline markup, which is most of marked's work and is lexed later when a step is shown.
 * Inline-bearing tokens (paragraphs, headings) come back with empty `tokens`.
 */
export function lexBlocks(source: string): Token[] {
  return new Lexer(markedInstance.defaults).blockTokens(source, []);
}

/** Plain text of a line of inline markdown, e.g. a heading. */
export function inlineTextOf(source: string): string {
  return inlinePlainText(Lexer.lexInline(source, markedInstance.defaults), source);
}

export function isVariantToken(token: Token): token is Token & VariantToken {
  return token.type === 'variant';
}

/** Plain text of inline tokens (heading titles, option labels). */
export function inlinePlainText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((token) => {
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested && nested.length > 0) return inlinePlainText(nested, '');
      if (token.type === 'br') return ' ';
      return (token as Tokens.Text).text ?? token.raw;
    })
    .join('');
}

export function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}
