import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printCourse } from '../../src/commands/print.js';
import { runValidate } from '../../src/commands/validate.js';
import { parseLesson } from '../../src/course/parse-lesson.js';
import { formatLessonError } from '../../src/course/types.js';
import { parseVerify } from '../../src/course/verify-line.js';
import { plainStyles } from '../../src/text/styles.js';

const front = `---\nid: demo\ntitle: Demo lesson\nsummary: A demo.\nminutes: 3\n---\n`;
/** A lesson whose one task block holds `lines`; the block's first YAML line is file line 11. */
const withTask = (...lines: string[]) => `${front}\n## Do it {#do-it}\n\n\`\`\`task\n${lines.join('\n')}\n\`\`\`\n`;

describe('verify: lines in task blocks', () => {
  it('reads a probe and a value, or alternatives separated by |', () => {
    const { lesson, errors } = parseLesson(withTask('open: ms-settings:privacy-general', 'verify: privacy.advertising-id = off'), 'demo.md');
    expect(errors).toEqual([]);
    expect(lesson?.steps[0]).toMatchObject({ kind: 'task', verify: { probe: 'privacy.advertising-id', values: ['off'] } });
    expect(parseVerify('account.type = microsoft | local')).toEqual({ ok: true, verify: { probe: 'account.type', values: ['microsoft', 'local'] } });
    expect(parseVerify('  windows.version=11 ')).toEqual({ ok: true, verify: { probe: 'windows.version', values: ['11'] } });
  });

  it('a task without verify has none', () => {
    const { lesson } = parseLesson(withTask('done: Did it'), 'demo.md');
    expect(lesson?.steps[0]).not.toHaveProperty('verify');
  });

  it.each([
    ['an unknown probe', ['done: Did it', 'verify: privacy.cookies = off'], 12, 'task block: verify: unknown probe "privacy.cookies"'],
    ['an unknown value', ['verify: account.type = google'], 11, 'task block: verify: "google" is not a value of account.type (one of: microsoft, local, work)'],
    ['one bad alternative', ['open: ms-settings:yourinfo', 'done: x', 'verify: admin.member = yes | perhaps'], 13, '"perhaps" is not a value of admin.member'],
    ['no "="', ['verify: privacy.location off'], 11, 'task block: verify must read "<probe> = <value>"'],
    ['an empty value', ['verify: "activation.state = "'], 11, 'verify must read'],
    ['a value that is not text', ['verify: 11'], 11, 'verify must read'],
  ])('rejects %s as file:line: message at the verify line', (_name, lines, line, message) => {
    const { lesson, errors } = parseLesson(withTask(...lines), 'lessons/demo.md');
    expect(lesson).toBeNull();
    expect(errors).toHaveLength(1);
    const formatted = formatLessonError(errors[0]!);
    expect(formatted.startsWith(`lessons/demo.md:${line}: `)).toBe(true);
    expect(formatted).toContain(message);
  });

  it('validate reports a bad verify line with its file and line, and exits 1', () => {
    const dir = fileURLToPath(new URL('../fixtures/bad-lessons/bad-verify', import.meta.url));
    const result = runValidate(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path.join(dir, '01-verify.md')}:13: task block: verify: "maybe" is not a value of privacy.advertising-id (one of: on, off)`);
  });

  it('print says in words what Windows can confirm', () => {
    const { lesson } = parseLesson(withTask('open: ms-settings:yourinfo', 'verify: account.type = microsoft | local'), 'demo.md');
    const text = printCourse({ title: 'Course', lessons: [lesson!] }, [lesson!], { width: 100, windows: null, styles: plainStyles });
    expect(text).toContain('Windows can confirm this: signed in with a Microsoft account or a local account.');
    const privacy = parseLesson(withTask('verify: privacy.advertising-id = off'), 'demo.md').lesson!;
    expect(printCourse({ title: 'Course', lessons: [privacy] }, [privacy], { width: 100, windows: null, styles: plainStyles })).toContain('Windows can confirm this: advertising ID off.');
  });
});

describe('a privacy verify line in another language', () => {
  it("names the switch's state in the catalog's words, not the raw value", async () => {
    const { describeProbeValue } = await import('../../src/tutor/verify-words.js');
    const { translator } = await import('../../src/i18n/ui-strings.js');
    const de = translator('de');
    expect(describeProbeValue('privacy.advertising-id', 'off', de, 'de-DE')).toBe(de('verify.privacy', { name: de('privacy.name.advertising-id'), value: de('privacy.state.off') }));
    expect(describeProbeValue('privacy.advertising-id', 'off', de, 'de-DE')).not.toMatch(/ off$/);
  });
});
