/**
 * The plain commands, run by Windows' own Node under Wine: real Windows paths (AppData, a
 * profile folder with a space and non-ASCII letters), real reg.exe, Wine's stub PowerShell.
 * Behaviour is tested (files, exit codes, output text), not looks.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProfile, runWindowsCli, winPath, ROOT } from './wine-env.js';

const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe('the CLI on Windows (Node for Windows under Wine)', () => {
  it('--version', () => {
    makeProfile();
    expect(runWindowsCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('where: the progress file under %APPDATA%, in a profile named "Jürgen Müller"', () => {
    const profile = makeProfile();
    const result = runWindowsCli(['where']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`${profile.appData}\\winlink-tutor\\Config\\config.json`);
    // Wine's whoami cannot say whether this runs elevated, so no other account is claimed (review W4).
    expect(result.stderr).toBe('');
  });

  it('list --json, print, and validate of the shipped lessons', () => {
    makeProfile();
    const list = runWindowsCli(['list', '--json']);
    expect(list.code).toBe(0);
    const lessons = JSON.parse(list.stdout) as { id: string; currentStep: number; completed: boolean }[];
    expect(lessons.length).toBeGreaterThan(5);
    expect(lessons[0]).toMatchObject({ currentStep: 1, completed: false });
    const print = runWindowsCli(['print', '1']);
    expect(print.code).toBe(0);
    expect(print.stdout).toContain('Why link');
    expect(print.stdout).not.toContain('\u001B[');
    expect(runWindowsCli(['validate'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/OK/) });
  });

  it('output to a file is ASCII only (Windows PowerShell 5.1 decodes it by code page): glyphs replaced, JSON \\u-escaped', () => {
    const profile = makeProfile();
    const print = runWindowsCli(['print']);
    expect(print.code).toBe(0);
    expect(print.stdout).toContain('Why link');
    expect(print.stdout).not.toMatch(/[^\u0000-\u007f]/u);
    const lessons = path.join(profile.dir, 'lessons');
    mkdirSync(lessons);
    writeFileSync(path.join(lessons, '01-umlaut.md'), '---\nid: umlaut\ntitle: Verknüpfen…\nsummary: s\nminutes: 1\n---\n\n# Verknüpfen\n\n## Start\n\nText.\n');
    const list = runWindowsCli(['list', '--json', '--lessons-dir', winPath(lessons)]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Verkn\\u00fcpfen\\u2026');
    expect((JSON.parse(list.stdout) as { title: string }[])[0]?.title).toBe('Verknüpfen…');
  });

  it('validate on a broken lesson: file:line with the Windows path, exit 1, no stack trace', () => {
    const profile = makeProfile();
    const lessons = path.join(profile.dir, 'lessons');
    mkdirSync(lessons);
    writeFileSync(path.join(lessons, '01-broken.md'), '---\nid: broken\ntitle: Broken\nsummary: s\nminutes: 1\n---\n\n## Quiz\n\n```quiz\nquestion: Which?\noptions:\n  - text: Only one\nexplanation: x\n```\n');
    const result = runWindowsCli(['validate', winPath(lessons)]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain(`${winPath(path.join(lessons, '01-broken.md'))}:10:`);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('reset --yes forgets saved progress', () => {
    const profile = makeProfile();
    const unix = path.join(profile.unixAppData, 'winlink-tutor', 'Config', 'config.json');
    mkdirSync(path.dirname(unix), { recursive: true });
    writeFileSync(unix, JSON.stringify({ version: 1, windows: '11', lastLesson: 'why-link', lessons: { 'why-link': { currentStep: 'license-vs-key', currentIndex: 1, completed: ['welcome'], answers: {}, finished: false, updatedAt: 1 } }, updatedAt: 1 }));
    expect((JSON.parse(runWindowsCli(['list', '--json']).stdout) as { currentStep: number }[])[0]?.currentStep).toBe(2);
    expect(runWindowsCli(['reset', '--yes'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Forgot all your progress') });
    expect((JSON.parse(runWindowsCli(['list', '--json']).stdout) as { currentStep: number }[])[0]?.currentStep).toBe(1);
  });

  it('status --json: Wine is detected and the activation state is unknown, never "not activated"', () => {
    const result = runWindowsCli(['status', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ platform: 'win32', wine: true, checked: false, state: 'unknown' });
    const text = runWindowsCli(['status']);
    expect(text.stderr).toMatch(/^Running under Wine/);
    expect(text.stdout + text.stderr).not.toMatch(/not activated/i);
  });

  it('without a console (Git Bash gives pipes): exit 2 with a hint to use winpty or Windows Terminal', () => {
    makeProfile();
    const result = runWindowsCli([], { MSYSTEM: 'MINGW64' });
    expect(result.code).toBe(2);
    // winpty finds only the .cmd shim npm installs ("cannot start 'winlink-tutor': Not found in PATH").
    expect(result.stderr).toMatch(/needs a terminal\. In Git Bash, start it as `winpty winlink-tutor\.cmd` \(or `winpty npx\.cmd winlink-tutor`\), or use Windows Terminal/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
