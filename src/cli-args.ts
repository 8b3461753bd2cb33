import { parseArgs } from 'node:util';
import { languageList, resolveLanguage } from './i18n/language.js';

export const COMMANDS = ['list', 'print', 'reset', 'validate', 'where', 'status', 'privacy', 'why', 'report'] as const;
export type CommandName = (typeof COMMANDS)[number] | 'tutor';

export interface CliArgs {
  readonly command: CommandName;
  readonly positional: string | undefined;
  readonly lesson: string | undefined;
  readonly lessonsDir: string | undefined;
  readonly json: boolean;
  readonly yes: boolean;
  readonly copy: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly screenReader: boolean;
  readonly windows: '10' | '11' | undefined;
  readonly width: number | undefined;
  /** --lang as given (checked: it names a language); undefined: choose from the environment. */
  readonly lang: string | undefined;
}

export class UsageError extends Error {}

export const HELP = `winlink-tutor: learn to link your Windows license to your Microsoft account

Usage
  winlink-tutor                     start the interactive tutorial (needs a terminal)
  winlink-tutor --lesson <id|n>     open a lesson directly
  winlink-tutor list [--json]       lessons and your progress
  winlink-tutor print [lesson]      the course as plain text (--windows 10|11, --width 20-400)
  winlink-tutor status [--json]     read-only activation check (Windows only)
  winlink-tutor privacy [--json]    read-only privacy checkup: each setting on, off, never
                                    changed, set by a policy, or unknown (Windows only)
  winlink-tutor why [code] [--json] what an activation error code means and what to do
  winlink-tutor report [--json] [--copy]
                                    support summary to paste in a chat or forum: no key, no
                                    user name, email or computer name (--copy: to the clipboard)
  winlink-tutor reset [lesson]      forget progress (asks first; --yes skips the question)
  winlink-tutor validate [dir]      check lesson files; errors as file:line: message
  winlink-tutor where               path of the progress file

Options
  --lessons-dir <dir>   use lessons from another folder
  --screen-reader       plain, screen-reader friendly output (also INK_SCREEN_READER=true)
  --lang <tag>          language, e.g. de, pt-BR, it (also WINLINK_LANG); the Windows labels
                        in the lessons follow it; default: your Windows or system language
  -h, --help            show this help
  -v, --version         show the version

Keys in the tutorial
  n → Space next   p ← back   g/G Home/End first/last   Enter select / mark done
  j k ↑ ↓ move or scroll   u d PgUp PgDn page   o open Settings page   w Windows 10/11
  Esc m menu   ? help   q Ctrl+C quit (progress is saved after every step)
  Ctrl+Z suspend (fg brings it back)   pasted text is never taken as keys

Environment
  NO_COLOR, FORCE_COLOR, TERM=dumb, XDG_CONFIG_HOME (where progress is kept), INK_SCREEN_READER
  WINLINK_LANG (the language), LC_ALL, LC_MESSAGES, LANG (the system language, not on Windows)
  COLORFGBG (the terminal's background, to pick colours), WINLINK_THEME=dark|light|both

Exit codes
  0 ok   1 invalid input (bad lessons, unknown lesson or error code)   2 usage error or no terminal
  130 Ctrl+C at the reset question (nothing changed)
`;

/** Options that take a value. */
const VALUE_OPTIONS = ['--lesson', '--lessons-dir', '--windows', '--width', '--lang'];

/**
 * parseArgs refuses a value that starts with a dash ("--width -5") as ambiguous. A dash and a
 * digit is a value here (no option looks like that), so it is joined to its option and our own
 * check says what is wrong with it.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const next = argv[index + 1];
    if (arg === '--') return [...joined, ...argv.slice(index)];
    if (VALUE_OPTIONS.includes(arg) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index += 1;
    } else joined.push(arg);
  }
  return joined;
}

export function parseCli(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinDashValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        lesson: { type: 'string' },
        'lessons-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        yes: { type: 'boolean', short: 'y', default: false },
        copy: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        'screen-reader': { type: 'boolean', default: false },
        windows: { type: 'string' },
        width: { type: 'string' },
        lang: { type: 'string' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'bad arguments';
    // "--width" at the end, or followed by another option ("--width --json").
    const missing = /^Option '(--[\w-]+)[^']*' argument (?:missing|is ambiguous)/.exec(message);
    throw new UsageError(missing ? `${missing[1] ?? 'the option'} needs a value` : (message.split('\n')[0] ?? 'bad arguments'));
  }
  const { values, positionals } = parsed;
  const [first, second, ...rest] = positionals;
  const command = first === undefined ? 'tutor' : (COMMANDS as readonly string[]).includes(first) ? (first as CommandName) : null;
  if (command === null) throw new UsageError(`unknown command "${first}"`);
  const takesArgument = command === 'print' || command === 'reset' || command === 'validate' || command === 'why';
  if (rest.length > 0 || (second !== undefined && !takesArgument)) throw new UsageError(`too many arguments for "${first ?? ''}"`);
  if (values.lesson !== undefined && command !== 'tutor') throw new UsageError(`--lesson opens the tutorial; for "${first ?? ''}" give the lesson as an argument, e.g. ${first ?? ''} ${values.lesson}`);
  if (values.copy === true && command !== 'report') throw new UsageError('--copy works only with report');
  // A flag a command does not use is an error, never silently ignored (`where --json`, `list --yes`).
  if (values.json === true && !['list', 'status', 'privacy', 'why', 'report'].includes(command)) throw new UsageError('--json works only with list, status, privacy, why and report');
  if (values.yes === true && command !== 'reset') throw new UsageError('--yes works only with reset');
  if (values.windows !== undefined && values.windows !== '10' && values.windows !== '11') throw new UsageError('--windows takes 10 or 11');
  let width: number | undefined;
  if (values.width !== undefined) {
    // Plain digits only: Number() would also take "1e2", "0x40" and " 60".
    width = /^\d+$/.test(values.width) ? Number(values.width) : NaN;
    if (!(width >= 20 && width <= 400)) throw new UsageError('--width takes a whole number from 20 to 400');
  }
  if (values.lang !== undefined && resolveLanguage(values.lang) === null) throw new UsageError(`--lang: unknown language "${values.lang}"; there are ${languageList()}`);
  return {
    command,
    positional: second,
    lesson: values.lesson,
    lessonsDir: values['lessons-dir'],
    json: values.json ?? false,
    yes: values.yes ?? false,
    copy: values.copy ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    screenReader: values['screen-reader'] ?? false,
    windows: values.windows as '10' | '11' | undefined,
    width,
    lang: values.lang,
  };
}
