import { parseDocument } from 'yaml';

export type YamlResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly message: string };

/** Parses YAML; `firstLine` is the file line of the text's first line, so errors point into the file. */
export function parseYaml(text: string, firstLine: number): YamlResult {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
    const message = (error.message.split('\n')[0] ?? 'invalid YAML').replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, line, message: `invalid YAML: ${message}` };
  }
  return { ok: true, value: document.toJS() as unknown };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
