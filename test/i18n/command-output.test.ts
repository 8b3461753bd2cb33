// Command output from the UI catalog: `list` and `print` say their words in the chosen language
// (English until the catalogs are translated), and --json is the same in every language apart
// from human text (a lesson summary names Windows labels in that Windows' words).
import { beforeAll, describe, expect, it } from 'vitest';
import { printCourse } from '../../src/commands/print.js';
import { runList } from '../../src/commands/list.js';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { translator, type UiCatalog } from '../../src/i18n/ui-strings.js';
import { emptyProgress } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import { testCourse } from '../fixtures/course.js';
import { assertBuilt, runCli } from '../robustness/helpers/cli.js';

const marked: UiCatalog = Object.fromEntries(
  Object.entries(en).map(([key, value]) => [key, typeof value === 'string' ? `¦${value}¦` : Object.fromEntries(Object.entries(value).map(([form, text]) => [form, `¦${text}¦`]))]),
);
const pseudo = translator('xx', { en, xx: marked });
const course = testCourse();

describe('command words from the catalog', () => {
  it('list: headings, states and the total', () => {
    const text = runList(course, emptyProgress(), { json: false, t: pseudo }).stdout;
    expect(text).toContain('¦Lesson¦');
    expect(text).toContain('¦not started¦');
    expect(text).toContain(`¦0 of ${course.lessons.length} lessons done.¦`);
    expect(runList(course, emptyProgress(), { json: false }).stdout).toContain('Lesson  ');
  });

  it('print: lesson and step headings, step kinds and the answers', () => {
    const text = printCourse(course, course.lessons, { width: 200, windows: '11', styles: plainStyles, t: pseudo });
    expect(text).toContain(`¦Lesson 1: ${course.lessons[0]!.title}¦`);
    expect(text).toContain('¦Showing the Windows 11 instructions.¦');
    expect(text).toMatch(/¦Step 1 of \d+: /);
    expect(text).toContain('¦Task: do this in Windows, then continue.¦');
    expect(text).toContain('¦Quiz answers for lesson 1¦');
  });
});

describe('--json in every language', () => {
  beforeAll(assertBuilt);

  it('list --json has the same keys, ids, states and numbers in German, Japanese and English', () => {
    const parse = (lang: string) => JSON.parse(runCli(['list', '--json', '--lang', lang]).stdout) as Record<string, unknown>[];
    const machine = (entries: Record<string, unknown>[]) => entries.map(({ title: _title, summary: _summary, ...rest }) => rest);
    const english = parse('en');
    for (const lang of ['de', 'ja', 'it']) {
      const other = parse(lang);
      expect(machine(other)).toEqual(machine(english));
      expect(other.map((entry) => Object.keys(entry))).toEqual(english.map((entry) => Object.keys(entry)));
    }
  });

  it('why --json is byte for byte the same', () => {
    const english = runCli(['why', '0xC004F211', '--json', '--lang', 'en']).stdout;
    expect(english).toContain('"code"');
    expect(runCli(['why', '0xC004F211', '--json', '--lang', 'de']).stdout).toBe(english);
    expect(runCli(['why', '0xC004F211', '--json', '--lang', 'ja']).stdout).toBe(english);
  });
});
