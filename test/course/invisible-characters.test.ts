import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/commands/validate.js';
import { parseLesson } from '../../src/course/parse-lesson.js';
import { sanitizeText } from '../../src/course/sanitize.js';
import { decodeEntities } from '../../src/text/entities.js';
import { renderMarkdown } from '../../src/text/render-markdown.js';
import { plainStyles } from '../../src/text/styles.js';

const lesson = (body: string, title = 'Demo') => `---\nid: demo\ntitle: ${title}\nsummary: S\nminutes: 1\n---\n\n## Step\n\n${body}\n`;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const report = (source: string) => {
  const parsed = parseLesson(source, 'demo.md');
  return { parsed, errors: parsed.errors.map((e) => `${e.line}: ${e.message}`), warnings: parsed.warnings.map((w) => `${w.line}: ${w.message}`) };
};

describe('bidirectional controls in lesson text', () => {
  it.each([
    ['U+202E in the body', lesson('Run \u202Egnp.exe now.'), 10, 'U+202E'],
    ['U+2066 in the body', lesson('Isolated \u2066text.'), 10, 'U+2066'],
    ['U+202B in the title', lesson('Text.', 'Ti\u202Btle'), 3, 'U+202B'],
    ['a reference to U+202E', lesson('Run &#x202E;gnp.exe now.'), 10, 'U+202E'],
    ['a decimal reference to U+2067', lesson('Run &#8295;x now.'), 10, 'U+2067'],
  ])('%s is an error at its line', (_name, source, line, code) => {
    const { errors, parsed } = report(source);
    expect(errors).toEqual([`${line}: bidirectional control character ${code} can make text show in another order than it is written; remove it`]);
    expect(parsed.lesson).toBeNull();
  });

  it('are neutralised by the sanitiser every lesson text goes through, so they never reach the screen', () => {
    const lines = renderMarkdown(sanitizeText('Run \u202Egnp.exe and &#x202E;x and &#8238;y'), { width: 80, windows: null, styles: plainStyles });
    expect(lines.join('\n')).not.toMatch(BIDI);
    expect(decodeEntities('&#x202E;')).not.toMatch(BIDI);
  });

  it('made by a YAML escape are neutralised and warned about', () => {
    const quiz = ['```quiz', 'question: "Pick \\u202Eone"', 'options:', '  - text: A', '    correct: true', '  - text: B', 'explanation: E', '```'].join('\n');
    const { parsed, warnings } = report(lesson(quiz));
    expect(JSON.stringify(parsed.lesson)).not.toMatch(BIDI);
    expect(warnings).toEqual([expect.stringMatching(/^11: control character/)]);
  });
});

describe('zero-width characters in lesson text', () => {
  it.each([
    ['U+200B', 'zero\u200Bwidth'],
    ['U+200C', 'zero\u200Cwidth'],
    ['U+200D', 'zero\u200Dwidth'],
    ['U+2060', 'word\u2060joiner'],
    ['U+FEFF', 'mid\uFEFFfile'],
  ])('%s is a warning at its line, and the lesson still loads', (code, text) => {
    const { errors, warnings, parsed } = report(lesson(`Some ${text}.`));
    expect(errors).toEqual([]);
    expect(parsed.lesson).not.toBeNull();
    expect(warnings).toEqual([`10: invisible zero-width character ${code}; remove it unless it is meant to be there`]);
  });

  it('a joiner inside an emoji sequence is not reported', () => {
    expect(report(lesson('A family: 👨‍👩‍👧.')).warnings).toEqual([]);
  });

  it('validate: bidi controls exit 1, zero-width characters only warn', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winlink-invisible-'));
    writeFileSync(path.join(dir, '01-demo.md'), lesson('zero\u200Bwidth'));
    const warned = runValidate(dir);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain(`${path.join(dir, '01-demo.md')}:10: warning: invisible zero-width character U+200B`);
    writeFileSync(path.join(dir, '01-demo.md'), lesson('Run \u202Egnp.exe'));
    const failed = runValidate(dir);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(`${path.join(dir, '01-demo.md')}:10: bidirectional control character U+202E`);
    expect(failed.stdout).not.toMatch(BIDI);
  });
});
