import { ID_PATTERN } from './slug.js';
import { FINGERPRINT } from './fingerprint.js';
import { isRecord, nonEmptyString, parseYaml } from './yaml-block.js';

export interface FrontMatter {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly minutes: number;
  /** Translations only: the fingerprint of the English title and summary (see translation.ts). */
  readonly translates?: string;
}

export interface SplitSource {
  /** YAML between the `---` fences, or null when the file has none. */
  readonly yaml: string | null;
  readonly body: string;
  /** 1-based file line where `body` starts. */
  readonly bodyLine: number;
}

/** Separates a leading `---` … `---` block from the markdown body. */
export function splitFrontMatter(source: string): SplitSource {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return { yaml: null, body: source, bodyLine: 1 };
  const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end === -1) return { yaml: null, body: source, bodyLine: 1 };
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

export type Problem = { readonly line: number; readonly message: string };

/** `warnings` collects lines where YAML escapes produced control characters (neutralised). */
export function readFrontMatter(yaml: string | null, problems: Problem[], warnings: number[] = []): FrontMatter | null {
  if (yaml === null) {
    problems.push({ line: 1, message: 'missing front matter: start the file with --- and id, title, summary, minutes' });
    return null;
  }
  const parsed = parseYaml(yaml, 2);
  if (!parsed.ok) {
    problems.push({ line: parsed.line, message: `front matter: ${parsed.message}` });
    return null;
  }
  warnings.push(...parsed.controlLines);
  if (!isRecord(parsed.value)) {
    problems.push({ line: 1, message: 'front matter must be a YAML mapping (key: value lines)' });
    return null;
  }
  const data = parsed.value;
  const before = problems.length;
  const { id, title, summary, minutes, translates } = data;
  if (!nonEmptyString(id)) problems.push({ line: 1, message: 'front matter: missing lesson id' });
  else if (!ID_PATTERN.test(id)) problems.push({ line: 1, message: `front matter: id "${id}" must be kebab-case (a-z, 0-9, -)` });
  if (!nonEmptyString(title)) problems.push({ line: 1, message: 'front matter: missing title' });
  if (!nonEmptyString(summary)) problems.push({ line: 1, message: 'front matter: missing summary' });
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) {
    problems.push({ line: 1, message: 'front matter: minutes must be a positive number' });
  } else if (minutes < 1 || minutes > 999) {
    // "about 1e-300 min" is no estimate: a lesson takes at least a minute.
    problems.push({ line: 1, message: 'front matter: minutes must be between 1 and 999' });
  }
  if (translates !== undefined && !(typeof translates === 'string' && FINGERPRINT.test(translates))) {
    problems.push({ line: 1, message: 'front matter: translates must be a fingerprint from scripts/stamp-translation.mjs (12 hex digits)' });
  }
  for (const key of Object.keys(data)) {
    if (!['id', 'title', 'summary', 'minutes', 'translates'].includes(key)) {
      problems.push({ line: 1, message: `front matter: unknown field "${key}"` });
    }
  }
  if (problems.length > before) return null;
  const front = { id: id as string, title: (title as string).trim(), summary: (summary as string).trim(), minutes: minutes as number };
  return typeof translates === 'string' ? { ...front, translates } : front;
}
