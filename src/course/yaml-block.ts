import { needsNeutralising, sanitizeText } from './sanitize.js';

type YamlLibrary = typeof import('yaml');
let library: YamlLibrary | undefined;

/**
 * The yaml package, evaluated on first use (~50 modules, several ms): a start with the lesson
 * cache warm parses no YAML before its first frame. A `require` runs where it stands (see
 * markdown.ts' `marked()`); an `import` would run with the bundle on every start.
 */
function yaml(): YamlLibrary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on purpose: see above
  library ??= require('yaml') as YamlLibrary;
  return library;
}

export type YamlResult =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** File lines where a YAML escape (`"\e"`, `"\x1b"`, `"\u009b"`) produced a control character. */
      readonly controlLines: readonly number[];
    }
  | { readonly ok: false; readonly line: number; readonly message: string };

/** Parses YAML; `firstLine` is the file line of the text's first line, so errors point into the file. */
export function parseYaml(text: string, firstLine: number): YamlResult {
  const { LineCounter, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter });
  const error = document.errors[0];
  if (error) {
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
    const message = (error.message.split('\n')[0] ?? 'invalid YAML').replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, line, message: `invalid YAML: ${message}` };
  }
  // The file text was sanitised already, but double-quoted YAML escapes create new control
  // characters after parsing: neutralise every scalar (keys included) the same way.
  const controlLines: number[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !needsNeutralising(node.value)) return;
      node.value = sanitizeText(node.value);
      controlLines.push(firstLine + lineCounter.linePos(node.range?.[0] ?? 0).line - 1);
    },
  });
  try {
    return { ok: true, value: document.toJS() as unknown, controlLines };
  } catch (error) {
    // An "alias bomb" (anchors expanding into each other) is refused by the yaml library while
    // building values: a problem of this block, at its line, not a parser crash.
    const reason = error instanceof Error ? error.message : String(error);
    const message = /alias/i.test(reason) ? 'too many aliases (*name) to expand; write the values out instead' : reason;
    return { ok: false, line: firstLine, message: `invalid YAML: ${message}` };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
