import { render } from 'ink';
import type { Course } from './course/types.js';
import { ProgressSync } from './progress/progress-sync.js';
import { PATIENT_WAIT_MS, QUICK_WAIT_MS, type ProgressStore } from './progress/store.js';
import { drainTerminalInput, FilteredStdin } from './terminal/filtered-stdin.js';
import { enterScreenModes, leaveScreenModes, screenModesFor } from './terminal/screen-modes.js';
import { installSuspend } from './terminal/suspend.js';
import { asciiGlyphStream } from './text/ascii-glyphs.js';
import type { Styles } from './text/styles.js';
import type { TerminalEnv } from './terminal-env.js';
import { initialState } from './tutor/reducer.js';
import type { AppProps } from './ui/app.js';
import { FullRedraw } from './ui/full-redraw.js';
import { Localized } from './ui/localized.js';
import type { ChosenLanguage } from './i18n/choose-language.js';
import type { CourseTexts } from './i18n/course-texts.js';
import { languageNamesFile, loadLanguageNames, saveLanguageNames } from './i18n/language-names.js';
import { userDirs } from './user-dirs.js';
import { resolveLanguage } from './i18n/language.js';
import { translator } from './i18n/ui-strings.js';
import { sayer, sayMessage } from './i18n/say.js';
import type { Sentence } from './probes/sentence.js';

/**
 * The signals the tutorial ends on, with the exit status a shell reports for each (128 + n).
 * SIGBREAK is Ctrl+Break on Windows: Node's default would end the process at once, leaving the
 * console on the alternate screen with bracketed paste and VT input still on.
 */
const SIGNAL_EXIT_CODES = { SIGTERM: 143, SIGHUP: 129, SIGINT: 130, SIGBREAK: 149 } as const;
type HandledSignal = keyof typeof SIGNAL_EXIT_CODES;

export interface TutorLaunch {
  readonly course: Course;
  readonly store: ProgressStore;
  readonly styles: Styles;
  readonly terminal: TerminalEnv;
  readonly lessonIndex: number | undefined;
  readonly openLink: AppProps['openLink'];
  readonly checkActivation: AppProps['checkActivation'];
  readonly readHardware?: AppProps['readHardware'];
  /** Reads Windows' state for verify steps and the privacy lesson (the real one on Windows). */
  readonly prober: AppProps['prober'];
  /** The course in each text language before its labels are put in (for a language change), and the language in use. */
  readonly language?: { readonly texts: CourseTexts; readonly chosen: ChosenLanguage };
}

/**
 * Runs the Ink app until the user quits. The alternate screen keeps the user's scrollback
 * intact; signals unmount Ink first so raw mode is switched off and the cursor comes back.
 */
export async function runTutor(launch: TutorLaunch): Promise<number> {
  // Language names the runtime gave before: the start screen needs no Intl object to show one.
  const namesFile = languageNamesFile(userDirs().cache);
  loadLanguageNames(namesFile);
  const loaded = launch.store.load();
  const initial = initialState(launch.course, loaded, launch.lessonIndex === undefined ? {} : { lessonIndex: launch.lessonIndex });
  const sync = new ProgressSync(launch.store, loaded);
  // Opening a lesson with --lesson is progress too: saved right after the first frame.
  if (initial.progress !== loaded) sync.record(loaded, initial.progress);
  const modes = screenModesFor(launch.terminal);
  process.stdout.write(enterScreenModes(modes));
  let left = false;
  const leave = () => {
    if (!left) process.stdout.write(leaveScreenModes(modes));
    left = true;
  };
  const suspension = installSuspend({
    stdin: process.stdin,
    write: (text) => process.stdout.write(text),
    modes,
    beforeStop: () => sync.flush(PATIENT_WAIT_MS),
  });
  // The language the last lines are said in: the one in use when the tutorial ends.
  let text = launch.language?.chosen.language.text ?? 'en';
  const app = (
    <Localized
      language={launch.language}
      // The App saves the choice with the progress (retried while the file is busy, never thrown here).
      onChoose={(tag) => {
        text = resolveLanguage(tag)?.text ?? text;
      }}
      course={launch.course}
      initial={initial}
      sync={sync}
      styles={launch.styles}
      notice={launch.store.notice}
      openLink={launch.openLink}
      onWindows={process.platform === 'win32'}
      checkActivation={launch.checkActivation}
      readHardware={launch.readHardware}
      prober={launch.prober}
      onSuspend={suspension?.suspend}
    />
  );
  // Ink reads keys through the filter (a stream standing in for stdin), so pastes and stray
  // escape sequences never become commands.
  const stdin = new FilteredStdin(process.stdin) as unknown as NodeJS.ReadStream;
  const instance = render(
    <FullRedraw clearScreen={modes.altScreen} requests={suspension?.onResume}>
      {app}
    </FullRedraw>,
    { isScreenReaderEnabled: launch.terminal.screenReader, patchConsole: false, stdin, ...(launch.terminal.asciiGlyphs ? { stdout: asciiGlyphStream(process.stdout) } : {}) },
  );
  // Names the first frame asked the runtime for are kept once it is drawn (a window closed with
  // Ctrl+C still leaves them for the next start); names learned later, at the end.
  setTimeout(() => saveLanguageNames(namesFile), 200).unref();
  let signalCode: number | null = null;
  // Why the last changes could not be saved, when they could not.
  let unsaved: Sentence | string | null = null;
  // A closed terminal (window shut, ssh dropped) makes every write fail with EIO/EPIPE: save
  // what is pending and leave quietly.
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (!['EIO', 'EPIPE', 'ENXIO', 'EBADF'].includes(error.code ?? '')) return;
    sync.flush(PATIENT_WAIT_MS);
    reraise('SIGHUP');
  };
  process.stdout.on('error', onOutputError);
  const onSignal = (signal: HandledSignal) => () => {
    signalCode = SIGNAL_EXIT_CODES[signal];
    // Changes not saved yet (the last key's) are saved before anything else.
    const saved = sync.flush(PATIENT_WAIT_MS);
    if (saved.kind === 'failed') unsaved = saved.message;
    try {
      instance.unmount();
      leave();
    } catch {
      // The terminal may already be gone; nothing to restore then.
    }
    reraise(signal);
  };
  const handlers = { SIGTERM: onSignal('SIGTERM'), SIGHUP: onSignal('SIGHUP'), SIGINT: onSignal('SIGINT'), SIGBREAK: onSignal('SIGBREAK') } as const;
  for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  process.on('exit', leave);
  /**
   * Ends the process by the signal itself, after the terminal was restored. Exiting normally
   * would make Node reset a terminal that may no longer exist, which aborts the process.
   */
  function reraise(signal: HandledSignal): void {
    for (const [name, handler] of Object.entries(handlers)) process.off(name, handler);
    process.off('exit', leave);
    // Windows cannot raise SIGHUP or SIGTERM at itself, and SIGBREAK exists on Windows only; an
    // exit code carries the same news.
    const byExitCode = process.platform === 'win32' || signal === 'SIGBREAK';
    setImmediate(() => (byExitCode ? process.exit(SIGNAL_EXIT_CODES[signal]) : process.kill(process.pid, signal)));
  }
  try {
    await instance.waitUntilExit();
    suspension?.dispose();
    // The rest of a paste or keys typed while quitting would otherwise run in the shell.
    if (signalCode === null) await drainTerminalInput(process.stdin);
  } finally {
    for (const [signal, handler] of Object.entries(handlers)) process.off(signal, handler);
    suspension?.dispose();
    leave();
  }
  saveLanguageNames(namesFile);
  // A screen reader's last frame ends without a line break: what follows gets its own line.
  if (launch.terminal.screenReader) process.stdout.write('\n');
  // Normally saved already by the quit key, which waited for the lock; one quick last try.
  const last = signalCode === null ? sync.flush(QUICK_WAIT_MS) : ({ kind: 'idle' } as const);
  if (last.kind === 'failed') unsaved = last.message;
  const t = translator(text);
  const say = sayer(t);
  if (unsaved !== null) process.stderr.write(`winlink-tutor: ${t('exit.unsaved', { reason: sayMessage(say, unsaved) })}\n`);
  if (signalCode === null && unsaved !== null) return 1;
  if (signalCode === null && launch.store.persistent) process.stdout.write(`${t('exit.saved')}\n`);
  // The alternate screen hid it: repeat the one-time notice where it stays readable.
  if (launch.store.notice) process.stderr.write(`winlink-tutor: ${say(launch.store.notice)}\n`);
  return signalCode ?? 0;
}
