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
    expect(parseCli(['why', 'c004f211', '--json'])).toMatchObject({ command: 'why', positional: 'c004f211', json: true });
    expect(parseCli(['why'])).toMatchObject({ command: 'why', positional: undefined });
    expect(parseCli(['report', '--json', '--copy'])).toMatchObject({ command: 'report', json: true, copy: true });
  });

  it.each([
    [['bogus'], 'unknown command "bogus"'],
    [['--nope'], 'unknown option "--nope"'],
    [['list', 'extra'], 'too many arguments for "list"'],
    [['why', '0xC004F211', '0xC004F213'], 'too many arguments for "why"'],
    [['report', 'extra'], 'too many arguments for "report"'],
    [['list', '--copy'], '--copy works only with report'],
    // N17 (reliability review 2026-12): these flags were silently ignored.
    [['where', '--json'], '--json works only with list, status, privacy, why and report'],
    [['validate', '--json'], '--json works only with list, status, privacy, why and report'],
    [['list', '--yes'], '--yes works only with reset'],
    [['print', '--windows', '8'], '--windows takes 10 or 11'],
    [['print', '--width', 'wide'], '--width takes a whole number from 20 to 400'],
    // Node's parseArgs called a value starting with "-" ambiguous; ours says what is wrong.
    [['print', '--width', '-5'], '--width takes a whole number from 20 to 400'],
    // Number() reads these as 100 and 64: only plain digits are a width.
    [['print', '--width', '1e2'], '--width takes a whole number from 20 to 400'],
    [['print', '--width', '0x40'], '--width takes a whole number from 20 to 400'],
    [['print', '--width', ' 60'], '--width takes a whole number from 20 to 400'],
    [['print', '--width'], '--width needs a value'],
    [['print', '--width', '--json'], '--width needs a value'],
    [['print', '--lesson', '3'], '--lesson opens the tutorial; for "print" give the lesson as an argument, e.g. print 3'],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseCli(argv)).toThrow(UsageError);
    expect(() => parseCli(argv)).toThrow(message);
    expect(() => parseCli(argv)).not.toThrow(/ambiguous/);
  });

  it('passes a lesson that starts with a dash on, to be reported as not found', () => {
    expect(parseCli(['--lesson', '-1'])).toMatchObject({ command: 'tutor', lesson: '-1' });
    expect(parseCli(['print', '--width', '60'])).toMatchObject({ width: 60 });
  });
});
