import chalk from 'chalk';
import { parseCli, UsageError, type CliArgs } from './cli-args.js';
import type { CommandResult } from './commands/command-result.js';
import { findLessonIndex, unknownLessonMessage } from './commands/find-lesson.js';
import { cliLanguage, courseIn } from './i18n/cli-language.js';
import { labelSlots, SETTINGS_APP } from './i18n/label-slots.js';
import { ENGLISH, type Language } from './i18n/language.js';
import { sayer } from './i18n/say.js';
import { english, translator, type Translate } from './i18n/ui-strings.js';
import { runList } from './commands/list.js';
import { printCourse } from './commands/print.js';
import { runReset } from './commands/reset.js';
import { lessonsDirMessage, runValidate } from './commands/validate.js';
import { runWhy } from './commands/why.js';
import { openLessonCache, type FileLessonCache } from './course/lesson-cache.js';
import { courseTexts } from './i18n/course-texts.js';
import { LessonsDirError, loadCourse } from './course/load-course.js';
import { formatLessonError, type Course } from './course/types.js';
import { DEFAULT_LESSONS_DIR, packageVersion } from './paths.js';
import { said, type Sentence } from './probes/sentence.js';
import { NewerFormatError } from './progress/file-format.js';
import { memoryProgressStore } from './progress/memory-store.js';
import { courseScope } from './progress/course-scope.js';
import { readOnlyProgress } from './progress/read-only.js';
import { openProgressStore, progressFilePath, savedLanguage, type ProgressStore } from './progress/store.js';
import type { TutorLaunch } from './interactive.js';
import { detectTerminal } from './terminal-env.js';
import { guardOutput } from './terminal/output-errors.js';
import { asciiJson, toAsciiGlyphs, wantsAsciiGlyphs } from './text/ascii-glyphs.js';
import { createStyles } from './text/styles.js';

/** Thin entry: parse argv, build real dependencies, run one command. */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseCli(argv);
  // Decided before any output: the ASCII glyph set, and JSON with \u escapes, where Windows would garble the rest.
  output = { asciiGlyphs: wantsAsciiGlyphs(process.env, Boolean(process.stdout.isTTY)), json: args.json };
  if (args.version) return emit({ stdout: `${packageVersion()}\n`, stderr: '', code: 0 });
  // Every other command prints human text, so the language comes first. A language chosen on the
  // start screen counts when --lang and WINLINK_LANG are absent; only when all three are absent
  // does Windows' display language get read (reg.exe).
  // Help is shown even when the language cannot be known (WINLINK_LANG=xx): in English then.
  if (args.help) return emit({ stdout: await helpText(argv), stderr: '', code: 0 });
  const chosen = await cliLanguage(args.lang, savedLanguage());
  const t = translator(chosen.language.text);
  spoken = t;
  const lessonsDir = args.lessonsDir ?? DEFAULT_LESSONS_DIR;
  if (args.command === 'why') return emit(runWhy(args.positional, { json: args.json, t, windows: chosen.language.windows }));
  if (args.command === 'validate') return emit(runValidate(args.positional ?? lessonsDir, undefined, t));
  if (args.command === 'where') {
    const store = openStore(null, t);
    const [{ runWhere }, { createProber }, { activationDeps }] = await Promise.all([import('./commands/where.js'), import('./probes/prober.js'), import('./windows/platform-deps.js')]);
    // On Windows, whether this runs as another account (then progress goes to its folder).
    return emit(await runWhere({ path: store.path, notice: store.notice, prober: process.platform === 'win32' ? createProber(activationDeps()) : null, t, windowsLanguage: chosen.language.windows }));
  }

  const isTTY = Boolean(process.stdout.isTTY);
  const terminal = detectTerminal(process.env, isTTY, args.screenReader);
  // Ink colours through chalk's shared instance: one decision for every component.
  chalk.level = terminal.color ? Math.max(chalk.level, 1) as 1 | 2 | 3 : 0;
  const styles = createStyles(terminal);

  if (args.command === 'tutor' && !(process.stdin.isTTY && isTTY)) {
    // Git Bash's mintty gives Windows programs pipes, not a console.
    const gitBash = process.platform === 'win32' && process.env.MSYSTEM !== undefined;
    // winpty finds npm's .cmd shim only by its full name.
    const hint = gitBash ? t('cli.gitBash') : '';
    return emit({ stdout: '', stderr: `winlink-tutor: ${t('cli.needsTerminal', { hint })}\n`, code: 2 });
  }
  if (args.command === 'status') {
    const [{ runStatus }, { activationDeps, thisPc }] = await Promise.all([import('./commands/status.js'), import('./windows/platform-deps.js')]);
    // The record made before a hardware change lives with the shipped course's progress.
    const store = openStore(null, t);
    const hardware = store.load().hardware;
    const result = await runStatus({ json: args.json, t, windowsLanguage: chosen.language.windows }, { ...activationDeps(), hardware, thisPc });
    return emit({ ...result, stderr: result.stderr + noticeLine(store, t) });
  }
  if (args.command === 'privacy') {
    const [{ runPrivacy }, { createProber }, { detectWine }, { activationDeps }] = await Promise.all([
      import('./commands/privacy.js'), import('./probes/prober.js'), import('./probes/wine-probe.js'), import('./windows/platform-deps.js'),
    ]);
    const deps = activationDeps();
    return emit(await runPrivacy({ json: args.json, t, windows: chosen.language.windows }, { platform: process.platform, prober: createProber(deps), detectWine: () => detectWine(deps) }));
  }
  const loaded = loadValidCourse(lessonsDir, t);
  if (typeof loaded === 'number') return loaded;
  const texts = courseTexts(lessonsDir, loaded.course, loaded.cache);
  const course = courseIn(texts(chosen.language.text), chosen);
  switch (args.command) {
    case 'report': {
      const store = openStore(course, t, lessonsDir);
      const [{ runReport }, { reportDeps }] = await Promise.all([import('./commands/report.js'), import('./report/report-deps.js')]);
      const result = await runReport({ json: args.json, copy: args.copy, t }, reportDeps(course, store.load(), packageVersion()));
      return emit({ ...result, stderr: result.stderr + noticeLine(store, t) });
    }
    case 'list': {
      const store = openStore(course, t, lessonsDir);
      const listed = runList(course, store.load(), { json: args.json, t });
      return emit({ ...listed, stderr: listed.stderr + noticeLine(store, t) });
    }
    case 'print':
      return emit(runPrint(course, args, styles, isTTY, t, chosen.language.windows));
    case 'reset':
      return emit(await runReset(course, args.positional, args.yes, { store: openStore(course, t, lessonsDir), confirm: process.stdin.isTTY ? (question) => confirm(question, t) : null, t }));
    default:
      return runInteractive(course, args, styles, terminal, { texts, chosen }, t);
  }
}

async function runInteractive(course: Course, args: CliArgs, styles: ReturnType<typeof createStyles>, terminal: ReturnType<typeof detectTerminal>, language: TutorLaunch['language'], t: Translate) {
  let lessonIndex: number | undefined;
  if (args.lesson !== undefined) {
    lessonIndex = findLessonIndex(course, args.lesson);
    if (lessonIndex < 0) return emit({ stdout: '', stderr: `${unknownLessonMessage(course, args.lesson, t)}\n`, code: 1 });
  }
  const [{ runTutor }, windows, { createProber }] = await Promise.all([
    import('./interactive.js'),
    import('./windows/platform-deps.js'),
    import('./probes/prober.js'),
  ]);
  // Built here and handed down, so tests give the App a fake; it reads nothing until asked. The
  // check and hardware steps share its activation answer (one PowerShell process per run).
  const prober = createProber(windows.activationDeps());
  const activation = windows.tutorActivation(prober);
  return runTutor({ course, language, store: openStore(course, t, args.lessonsDir ?? DEFAULT_LESSONS_DIR), styles, terminal, lessonIndex, openLink: windows.openTaskLink, ...activation, prober });
}

function runPrint(course: Course, args: CliArgs, styles: ReturnType<typeof createStyles>, isTTY: boolean, t: Translate, windowsLanguage: string): CommandResult {
  let lessons = course.lessons;
  if (args.positional !== undefined) {
    const index = findLessonIndex(course, args.positional);
    const lesson = course.lessons[index];
    if (!lesson) return { stdout: '', stderr: `${unknownLessonMessage(course, args.positional, t)}\n`, code: 1 };
    lessons = [lesson];
  }
  const width = args.width ?? (isTTY && process.stdout.columns > 0 ? Math.min(process.stdout.columns, 100) : 80);
  return { stdout: printCourse(course, lessons, { width, windows: args.windows ?? null, styles, t, windowsLanguage }), stderr: '', code: 0 };
}

function loadValidCourse(dir: string, t: Translate): { readonly course: Course; readonly cache: FileLessonCache } | number {
  try {
    // Parsed lessons are cached with each file's bytes; `validate` always parses afresh.
    const cache = openLessonCache(dir, packageVersion());
    const loaded = loadCourse(dir, { cache });
    cache.save();
    if (loaded.errors.length === 0) return { course: loaded.course, cache };
    const lines = loaded.errors.map(formatLessonError);
    return emit({ stdout: '', stderr: `winlink-tutor: ${t('cli.lessonsBroken')}\n${lines.join('\n')}\n`, code: 1 });
  } catch (error) {
    if (error instanceof LessonsDirError) return emit({ stdout: '', stderr: `winlink-tutor: ${lessonsDirMessage(error, t)}\n`, code: 1 });
    throw error;
  }
}

/** Ctrl+C at a question: nothing was changed, and the shell learns that it was interrupted. */
class Interrupted extends Error {}

async function confirm(question: string, t: Translate): Promise<boolean> {
  // Loaded here, not at start-up: only `reset` asks.
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // With a listener, readline reports Ctrl+C here instead of closing with an AbortError.
  const interrupted = new Promise<never>((_, reject) => rl.once('SIGINT', () => reject(new Interrupted())));
  try {
    return yesAnswer((await Promise.race([rl.question(question), interrupted])).trim(), t);
  } catch (error) {
    if (error instanceof Interrupted) throw error;
    // Ctrl+D (end of input) gives no answer: the default, no. End the prompt's line first.
    process.stdout.write('\n');
    return false;
  } finally {
    rl.close();
  }
}

/** "y" and "yes" always count; a language adds its own words (reset.yesWords, space-separated). */
function yesAnswer(answer: string, t: Translate): boolean {
  const words = new Set(['y', 'yes', ...t('reset.yesWords').toLocaleLowerCase().split(/\s+/).filter(Boolean)]);
  return words.has(answer.toLocaleLowerCase());
}

/**
 * The real store for this course's progress, or, when its folder cannot be used, one in memory
 * that says so. Null: only the file's location is needed.
 */
function openStore(course: Course | null, t: Translate, lessonsDir = DEFAULT_LESSONS_DIR): ProgressStore {
  const scope = course ? courseScope(course, lessonsDir, DEFAULT_LESSONS_DIR) : undefined;
  try {
    return openProgressStore(scope ? { course: scope } : {});
  } catch (error) {
    // A newer release's file is left untouched; its message says so and what to do.
    if (error instanceof NewerFormatError) return memoryProgressStore(error.sentence, undefined, progressFilePath());
    // Whatever can still be read is shown (a read-only folder still holds yesterday's progress).
    // The reason is the system's own (Node's error text, with its code and path).
    const reason = error instanceof Error ? error.message : String(error);
    return memoryProgressStore(said('cli.progressFolder', { reason }), readOnlyProgress(scope));
  }
}

/** The one-line "your progress file was unreadable and moved aside" message, for plain commands. */
function noticeLine(store: { readonly notice: Sentence | null }, t: Translate): string {
  return store.notice ? `winlink-tutor: ${sayer(t)(store.notice)}\n` : '';
}

let output = { asciiGlyphs: false, json: false };
/** The chosen language's words, once known; the error handler below says its lines in them. */
let spoken: Translate | null = null;

/**
 * The language for a usage error. When the arguments did not parse, --lang is looked for by hand
 * and the rest of the usual order follows; an unknown --lang or WINLINK_LANG leaves English,
 * because then the language cannot be known.
 */
async function usageLanguage(argv: readonly string[]): Promise<Translate> {
  return spoken ?? translator((await argvLanguage(argv)).text);
}

async function argvLanguage(argv: readonly string[]): Promise<Language> {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const flag = at < 0 ? undefined : argv[at]?.startsWith('--lang=') ? argv[at].slice('--lang='.length) : argv[at + 1];
  try {
    return (await cliLanguage(flag, savedLanguage())).language;
  } catch {
    return ENGLISH;
  }
}

/** The usage text, naming the Settings app in the words of the Windows language found as above (English Windows' when none is). */
async function helpText(argv: readonly string[]): Promise<string> {
  const language = await argvLanguage(argv);
  const t = translator(language.text);
  return t('cli.help', labelSlots(SETTINGS_APP, language.windows, t));
}

function emit(result: CommandResult): number {
  const ascii = (text: string) => (output.asciiGlyphs ? toAsciiGlyphs(text) : text);
  if (result.stdout) process.stdout.write(output.asciiGlyphs && output.json ? asciiJson(result.stdout) : ascii(result.stdout));
  if (result.stderr) process.stderr.write(ascii(result.stderr));
  return result.code;
}

// A full disk or a closed pipe on stdout/stderr: one line (or none) instead of a stack trace.
const guarded = guardOutput(process.stdout, process.stderr);
process.on('exit', () => {
  process.exitCode = guarded.exitCode(Number(process.exitCode ?? 0));
});

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    const t = spoken ?? english;
    if (error instanceof Interrupted) {
      process.stdout.write(`\n${t('reset.unchanged')}\n`);
      process.exitCode = 130;
      return;
    }
    if (error instanceof UsageError) {
      const said = await usageLanguage(argv);
      process.stderr.write(`winlink-tutor: ${error.say(said)}\n${said('cli.seeHelp')}\n`);
      process.exitCode = 2;
      return;
    }
    // Never a stack trace for users; WINLINK_DEBUG=1 shows it for maintainers. The message is the error's own.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`winlink-tutor: ${t('cli.unexpected', { message })}\n`);
    if (process.env.WINLINK_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 1;
  },
);
