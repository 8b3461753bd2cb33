import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/course/parse-lesson.js';
import { renderMarkdown } from '../../src/text/render-markdown.js';
import { plainStyles } from '../../src/text/styles.js';
import { assertBuilt, runCli, STACK_LINE } from './helpers/cli.js';

const front = (id: string) => `---\nid: ${id}\ntitle: Deep ${id}\nsummary: S\nminutes: 1\n---\n\n## Step one\n\nFine text.\n\n`;
/** Markdown nested ~1,500 deep: marked's lexer (and any recursive renderer) runs out of stack. */
const DEEP: Readonly<Record<string, string>> = {
  stars: `${'*a '.repeat(1500)}x${' a*'.repeat(1500)}`,
  'bare-stars': `${'*'.repeat(3000)}x${'*'.repeat(3000)}`,
  strong: `${'**a '.repeat(1500)}x${' a**'.repeat(1500)}`,
  strike: `${'~~a '.repeat(1500)}x${' a~~'.repeat(1500)}`,
  'mixed-emphasis': `${'_a **a '.repeat(750)}x${' a** a_'.repeat(750)}`,
  // Deep, but within what marked itself survives: only the renderer's own limit stops these.
  quotes: `${'> '.repeat(300)}deep`,
  lists: Array.from({ length: 120 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n'),
};
const options = { width: 60, windows: null, styles: plainStyles } as const;

describe('markdown nested far too deeply', () => {
  it.each(Object.entries(DEEP))('%s: validate reports "nesting too deep" at its line', (_name, body) => {
    const { errors } = parseLesson(`${front('deep')}${body}\n`, 'deep.md');
    expect(errors.map((error) => `${error.line}: ${error.message}`)).toEqual([expect.stringMatching(/^12: nesting too deep/)]);
  });

  it.each(Object.entries(DEEP))('%s: the renderer shows it as plain text instead of crashing', (_name, body) => {
    const lines = renderMarkdown(`Before.\n\n${body}\n\nAfter **bold**.`, options);
    expect(lines[0]).toBe('Before.');
    expect(lines.at(-1)).toBe('After bold.');
    expect(lines.every((line) => line.length <= 60)).toBe(true);
  });

  it('a quiz question nested too deeply is reported at its block', () => {
    const quiz = ['```quiz', `question: "${DEEP.stars}"`, 'options:', '  - text: A', '    correct: true', '  - text: B', 'explanation: E', '```'].join('\n');
    const { errors } = parseLesson(`${front('quiz')}${quiz}\n`, 'quiz.md');
    expect(errors.map((error) => `${error.line}: ${error.message}`)).toEqual([expect.stringMatching(/^12: quiz block: nesting too deep/)]);
  });

  it('a heading nested too deeply is reported at its line', () => {
    const { errors } = parseLesson(`${front('heading')}## ${DEEP.stars}\n\nText.\n`, 'heading.md');
    expect(errors.map((error) => `${error.line}: ${error.message}`)).toEqual([expect.stringMatching(/^12: nesting too deep/)]);
  });

  it('ordinary nesting is untouched', () => {
    const source = '> quote\n> - item **bold *and italic [link](https://example.com)***\n>   - inner';
    expect(parseLesson(`${front('ok')}${source}\n`, 'ok.md').errors).toEqual([]);
    expect(renderMarkdown(source, options)).toEqual(['> quote', '> ', '> - item bold and italic link (https://example.com)', '>   - inner']);
  });
});

describe('the built CLI on deeply nested lessons', () => {
  let dir = '';
  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'winlink-deep-'));
    Object.values(DEEP).forEach((body, index) => writeFileSync(path.join(dir, `${String(index + 1).padStart(2, '0')}-deep.md`), `${front(`deep-${index + 1}`)}${body}\n`));
  });

  it('validate: exit 1, one "nesting too deep" per file, no stack trace', () => {
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout.match(/:12: nesting too deep/g)).toHaveLength(Object.keys(DEEP).length);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('print: exit 1 with the messages, no stack trace', () => {
    const result = runCli(['print', '--lessons-dir', dir], { env: { WINLINK_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'winlink-cache-')) } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nesting too deep');
    expect(result.stdout + result.stderr).not.toMatch(/Maximum call stack|unexpected error/);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });
});
