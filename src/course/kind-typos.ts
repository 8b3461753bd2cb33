import type { StepKind } from './types.js';
import { isRecord, parseYaml } from './yaml-block.js';

const KINDS: readonly StepKind[] = ['task', 'choice', 'quiz', 'check'];
/** Keys only step blocks use: a YAML mapping with one of them was meant as a step block. */
const KIND_KEYS = ['question', 'options', 'explanation', 'open', 'done', 'verify', 'show', 'sets'];

/**
 * The kind an author probably meant by a fenced block like ```quizz, ```Task or ```chek, or
 * null. Without this it would silently show as a code block. To stay unambiguous it needs
 * both a near-miss name (at most 2 edits, any case) and YAML using a step block's keys, so
 * ordinary code blocks (```ts, ```text, ```powershell) are never reported.
 */
export function misspelledKind(lang: string, body: string): StepKind | null {
  const word = lang.toLowerCase();
  if (!word || (KINDS as readonly string[]).includes(lang)) return null;
  const [meant] = KINDS.map((kind) => ({ kind, distance: editDistance(word, kind) }))
    .filter((candidate) => candidate.distance <= 2)
    .sort((a, b) => a.distance - b.distance);
  if (!meant) return null;
  const parsed = parseYaml(body, 1);
  return parsed.ok && isRecord(parsed.value) && KIND_KEYS.some((key) => key in (parsed.value as object)) ? meant.kind : null;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, swaps. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}
