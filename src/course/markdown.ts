import type { Marked, Token, Tokens, TokenizerAndRendererExtension } from 'marked';

type MarkedLibrary = typeof import('marked');
let library: MarkedLibrary | undefined;

/**
 * marked, evaluated on first use. Evaluating it builds its whole grammar (dozens of regular
 * expressions, several ms), which a start with the lesson cache warm does not need before its
 * first frame: a `require` is evaluated where it stands, so the bundle (esbuild wraps a required
 * module to run on the first call) pays only when a lesson is parsed or a step is drawn. An
 * `import` would be evaluated with the bundle, on every start.
 */
function marked(): MarkedLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on purpose: see above
  library ??= require('marked') as MarkedLibrary;
  return library;
}

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

let instance: Marked | undefined;
const markedInstance = (): Marked => (instance ??= new (marked().Marked)({ gfm: true, extensions: [variantExtension] }));

export function lexMarkdown(source: string): Token[] {
  return markedInstance().lexer(source);
}

/**
 * Block structure only: loading a lesson needs headings, fences and variant blocks, not the
 * inline markup, which is most of marked's work and is lexed later when a step is shown.
 * Inline-bearing tokens (paragraphs, headings) come back with empty `tokens`.
 */
export function lexBlocks(source: string): Token[] {
  return new (marked().Lexer)(markedInstance().defaults).blockTokens(source, []);
}

/** Plain text of a line of inline markdown, e.g. a heading. */
export function inlineTextOf(source: string): string {
  return inlinePlainText(marked().Lexer.lexInline(source, markedInstance().defaults), source);
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
