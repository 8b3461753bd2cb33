import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'ink-testing-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/commands/validate.js';
import { loadCourse } from '../../src/course/load-course.js';
import { emptyProgress } from '../../src/progress/model.js';
import { createStyles, plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { stepContent } from '../../src/ui/step-content.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { assertBuilt, runCli } from './helpers/cli.js';

const DIR = fileURLToPath(new URL('../fixtures/escape-lessons', import.meta.url));
/** Every C0 control except newline, DEL and every C1 control (U+009B is a one-byte CSI). */
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
/** With colour on, the only escapes allowed are our own SGR colour codes. */
const NOT_SGR = /\u001B(?!\[[0-9;]*m)/;
/** File lines with raw controls, YAML escapes or character references that decode to them. */
// (A task's open: link with an escape is no longer a warning but an error: see test/course/task-links.test.ts.)
const ESCAPE_LINES = [3, 4, 8, 10, 12, 14, 17, 20, 21, 23, 25, 28, 34, 36, 38, 40, 47, 53, 57];

describe('escape sequences in lesson text', () => {
  beforeAll(assertBuilt);

  it('print (plain) sends no control character at all', () => {
    const result = runCli(['print', '--lessons-dir', DIR]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('OSC 52 \uFFFD]52;c;');
    expect(result.stdout).toContain('Question: Q \uFFFD[2J?');
    expect(result.stdout).not.toMatch(CONTROL);
  });

  it('print with FORCE_COLOR sends only colour codes', () => {
    const result = runCli(['print', 'escapes', '--lessons-dir', DIR], { env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\u001B\[1m/);
    expect(result.stdout).not.toMatch(NOT_SGR);
    expect(result.stdout).not.toMatch(/[\u0007\u0080-\u009F]/);
  });

  it('list, in text and JSON, sends no control character', () => {
    for (const args of [['list'], ['list', '--json']]) {
      const result = runCli([...args, '--lessons-dir', DIR]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Escapes');
      expect(result.stdout).not.toMatch(CONTROL);
      // JSON would spell an ESC as \u001b: it must not be there either.
      expect(result.stdout).not.toMatch(/\\u00(1b|07|9b)/i);
    }
  });

  it('validate warns with file:line for each line that had one, and passes', () => {
    const result = runValidate(DIR);
    expect(result.code).toBe(0);
    const file = path.join(DIR, '01-escapes.md');
    const warned = [...result.stdout.matchAll(/^(.+):(\d+): warning: control character/gm)].map(([, name, line]) => (name === file ? Number(line) : -1));
    expect(warned).toEqual(ESCAPE_LINES);
    expect(result.stdout).not.toMatch(CONTROL);
  });

  // Windows forbids characters 1-31 in file names; the file-content tests cover Windows.
  it.skipIf(process.platform === 'win32')('validate neutralises escapes in file names too', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winlink-names-'));
    writeFileSync(path.join(dir, '01-\u001B]0;title\u0007.md'), 'no front matter\n');
    const result = runCli(['validate', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('01-\uFFFD]0;title\uFFFD.md:1: missing front matter');
    expect(result.stdout + result.stderr).not.toMatch(CONTROL);
  });

  it('the tutorial screens show them neutralised', async () => {
    const { course, errors } = loadCourse(DIR);
    expect(errors).toEqual([]);
    const lesson = course.lessons[0];
    for (const step of lesson?.steps ?? []) {
      for (const styles of [plainStyles, createStyles({ color: true, unicode: true })]) {
        const content = stepContent(step, { width: 60, styles, windows: null, saved: undefined, checkLines: null, openMessage: null });
        const text = [...content.lines, ...(content.list?.items.flatMap((item) => item.lines) ?? [])].join('\n');
        expect(text.replace(/\u001B\[[0-9;]*m/g, '')).not.toMatch(CONTROL);
      }
    }
    // The menu and every step as Ink draws them.
    const initial = initialState(course, emptyProgress());
    const app = render(<App course={course} initial={initial} sync={memorySync().sync} styles={plainStyles} openLink={() => 'opened'} />);
    const frames: string[] = [];
    const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
    await settle();
    frames.push(app.lastFrame() ?? '');
    for (const key of ['\r', 'n', 'n', 'n']) {
      app.stdin.write(key);
      await settle();
      frames.push(app.lastFrame() ?? '');
    }
    app.unmount();
    expect(frames.join('\n')).toContain('Escapes');
    expect(frames.join('\n')).toContain('Step 4 of 4');
    for (const frame of frames) expect(frame).not.toMatch(CONTROL);
  });
});
