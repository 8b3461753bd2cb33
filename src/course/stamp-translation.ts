/**
 * Writes a translation's fingerprints from the English as it is now (for
 * scripts/stamp-translation.mjs): `translates:` in the front matter, and a
 * `<!-- translates: … -->` line under each step heading. Not part of the tutor: a tool for
 * whoever translates or updates a lesson.
 */
import { frontFingerprint, stepFingerprint } from './fingerprint.js';
import { splitFrontMatter } from './front-matter.js';
import { parseLesson } from './parse-lesson.js';

export interface StampOptions {
  /** Only these step ids (and not the front matter); absent: every step and the front matter. */
  readonly steps?: readonly string[];
}

export interface Stamped {
  readonly text: string;
  /** What was stamped: step ids, plus "front matter". */
  readonly stamped: readonly string[];
}

const HEADING_ID = /^##\s.*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;
const STAMP_LINE = /^\s*<!--\s*translates:.*-->\s*$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

export function stampTranslation(englishSource: string, englishFile: string, translated: string, options: StampOptions = {}): Stamped {
  const parsed = parseLesson(englishSource, englishFile);
  if (!parsed.lesson) throw new Error(`${englishFile} has problems; run winlink-tutor validate first`);
  const english = parsed.lesson;
  const prints = new Map(english.steps.map((step) => [step.id, stepFingerprint(step)] as const));
  const wanted = (id: string) => prints.has(id) && (options.steps === undefined || options.steps.includes(id));
  const lines = translated.split('\n');
  const out: string[] = [];
  const stamped: string[] = [];
  let fence: string | null = null;
  // The index of the line that closes the front matter (bodyLine is 1-based and one past it).
  const split = splitFrontMatter(translated);
  let frontEnd = split.yaml === null ? -1 : split.bodyLine - 2;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (index < frontEnd) {
      if (options.steps === undefined && /^translates\s*:/.test(line)) continue;
      out.push(line);
      continue;
    }
    if (index === frontEnd) {
      if (options.steps === undefined) {
        out.push(`translates: ${frontFingerprint(english)}`);
        stamped.push('front matter');
      }
      out.push(line);
      frontEnd = -1;
      continue;
    }
    const mark = FENCE.exec(line)?.[1];
    if (mark && fence === null) fence = mark;
    else if (mark && fence !== null && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
    const id = fence === null ? HEADING_ID.exec(line)?.[1] : undefined;
    out.push(line);
    if (id === undefined || !wanted(id)) continue;
    // Replace the stamp already under the heading, else add one.
    if (STAMP_LINE.test(lines[index + 1] ?? '')) index++;
    out.push(`<!-- translates: ${prints.get(id)} -->`);
    stamped.push(id);
  }
  return { text: out.join('\n'), stamped };
}
