import { parseArgs } from 'node:util';
import { resolveLanguage } from './i18n/language.js';
import { english, TEXT_LANGUAGES, type Translate, type UiKey, type Values } from './i18n/ui-strings.js';
import { WINDOWS_LANGUAGES } from './i18n/windows-labels.js';

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

/**
 * A usage error, as a catalog key: the CLI says it in the chosen language (English when the
 * language cannot be known, e.g. when --lang itself is wrong). `message` is the English text.
 */
export class UsageError extends Error {
  constructor(readonly key: UiKey, readonly values: Values = {}) {
    super(english(key, values));
  }

  /** The message in a language. */
  say(t: Translate): string {
    return t(this.key, this.values);
  }
}

/** An unknown language named by `given` (--lang xx, WINLINK_LANG=xx). */
export function unknownLanguageError(given: string): UsageError {
  return new UsageError('usage.unknownLanguage', { given, texts: TEXT_LANGUAGES.join(', '), windows: WINDOWS_LANGUAGES.join(', ') });
}

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

/**
 * parseArgs' own errors as catalog messages. Its wording is Node's (English); the ones a user
 * can cause are recognised by their code, anything else keeps Node's first line.
 */
function parseArgsError(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : '';
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
  // "--width" at the end, or followed by another option ("--width --json").
  if (/^Option '--[\w-]+[^']*' argument (?:missing|is ambiguous)/.test(message)) return new UsageError('usage.needsValue', { option });
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('usage.unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message)) return new UsageError('usage.takesNoValue', { option });
  return new UsageError('usage.node', { message: message.split('\n')[0] ?? '' });
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
    throw parseArgsError(error);
  }
  const { values, positionals } = parsed;
  const [first, second, ...rest] = positionals;
  const command = first === undefined ? 'tutor' : (COMMANDS as readonly string[]).includes(first) ? (first as CommandName) : null;
  if (command === null) throw new UsageError('usage.unknownCommand', { command: first ?? '' });
  const takesArgument = command === 'print' || command === 'reset' || command === 'validate' || command === 'why';
  if (rest.length > 0 || (second !== undefined && !takesArgument)) throw new UsageError('usage.tooMany', { command: first ?? '' });
  if (values.lesson !== undefined && command !== 'tutor') throw new UsageError('usage.lessonFlag', { command: first ?? '', lesson: values.lesson });
  if (values.copy === true && command !== 'report') throw new UsageError('usage.copyOnly');
  // A flag a command does not use is an error, never silently ignored (`where --json`, `list --yes`).
  if (values.json === true && !['list', 'status', 'privacy', 'why', 'report'].includes(command)) throw new UsageError('usage.jsonOnly');
  if (values.yes === true && command !== 'reset') throw new UsageError('usage.yesOnly');
  if (values.windows !== undefined && values.windows !== '10' && values.windows !== '11') throw new UsageError('usage.windows');
  let width: number | undefined;
  if (values.width !== undefined) {
    // Plain digits only: Number() would also take "1e2", "0x40" and " 60".
    width = /^\d+$/.test(values.width) ? Number(values.width) : NaN;
    if (!(width >= 20 && width <= 400)) throw new UsageError('usage.width');
  }
  if (values.lang !== undefined && resolveLanguage(values.lang) === null) throw unknownLanguageError(`--lang ${values.lang}`);
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
