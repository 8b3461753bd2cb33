import { describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../src/cli-args.js';

describe('parseCli', () => {
  it('defaults to the interactive tutor', () => {
    expect(parseCli([])).toMatchObject({ command: 'tutor', json: false, yes: false });
  });

  it('reads commands, their argument and options', () => {
    expect(parseCli(['list', '--json'])).toMatchObject({ command: 'list', json: true });
    expect(parseCli(['print', '3', '--windows', '10', '--width', '60'])).toMatchObject({ command: 'print', positional: '3', windows: '10', width: 60 });
    expect(parseCli(['reset', 'why-link', '--yes'])).toMatchObject({ command: 'reset', positional: 'why-link', yes: true });
    expect(parseCli(['--lesson', 'recap', '--lessons-dir', '/tmp/l'])).toMatchObject({ command: 'tutor', lesson: 'recap', lessonsDir: '/tmp/l' });
  });

  it.each([
    [['bogus'], 'unknown command "bogus"'],
    [['--nope'], "Unknown option '--nope'"],
    [['list', 'extra'], 'too many arguments for "list"'],
    [['print', '--windows', '8'], '--windows takes 10 or 11'],
    [['print', '--width', 'wide'], '--width takes a number from 20 to 400'],
    [['print', '--lesson', '3'], '--lesson opens the tutorial; for "print" give the lesson as an argument, e.g. print 3'],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
  });
});
