/** Small leftovers of the reliability review 2026-12 (N17) in lesson loading and lesson text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/course/parse-lesson.js';
import { decodeEntities } from '../../src/text/entities.js';

const lesson = (front: string, body: string) => parseLesson(`---\nid: x\ntitle: X\nsummary: S\n${front}---\n\n${body}`, 'x.md');
const messages = (parsed: ReturnType<typeof parseLesson>) => parsed.errors.map((error) => `${error.line}: ${error.message}`);

describe('N17 leftovers', () => {
  it('minutes: 1e-300 (or 1e6) is no estimate: validate says so instead of showing "about 1e-300 min"', () => {
    expect(messages(lesson('minutes: 1e-300\n', '## One\n\ntext\n'))).toEqual(['1: front matter: minutes must be between 1 and 999']);
    expect(messages(lesson('minutes: 1000000\n', '## One\n\ntext\n'))).toEqual(['1: front matter: minutes must be between 1 and 999']);
    expect(messages(lesson('minutes: 1\n', '## One\n\ntext\n'))).toEqual([]);
  });

  it('named character references of Latin letters are decoded (&eacute;), unknown names stay as written', () => {
    expect(decodeEntities('caf&eacute; &Uuml;bung Stra&szlig;e &ccedil;a &ntilde; &euro;5 &frac12; &bogus;')).toBe('café Übung Straße ça ñ €5 ½ &bogus;');
    expect(decodeEntities('a&shy;b')).toBe('a&shy;b');
  });

  it('a YAML alias bomb in a quiz block is reported at the block, as a YAML problem', () => {
    const bomb = readFileSync(new URL('../fixtures/bad-lessons-n17/alias-bomb.md', import.meta.url), 'utf8');
    expect(messages(parseLesson(bomb, 'bomb.md'))).toEqual(['15: quiz block: invalid YAML: too many aliases (*name) to expand; write the values out instead']);
  });
});
