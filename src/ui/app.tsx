import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo } from 'react';
import type { Course } from '../course/types.js';
import { savedLesson } from '../progress/model.js';
import type { ProgressSync } from '../progress/progress-sync.js';
import type { Styles } from '../text/styles.js';
import { truncateLine } from '../text/wrap.js';
import { contextOf } from '../tutor/context.js';
import type { Command, Context } from '../tutor/keymap.js';
import { lessonStatus } from '../tutor/lesson-status.js';
import type { TutorState } from '../tutor/state.js';
import { FinishedView } from './finished-view.js';
import { HelpView, helpScrollMax } from './help-view.js';
import { lessonLayout } from './lesson-layout.js';
import { LessonView } from './lesson-view.js';
import { Menu } from './menu.js';
import { LanguageView } from './language-view.js';
import { languageChoices } from '../i18n/language-choices.js';
import { linkedAnswer } from '../tutor/hardware-answer.js';
import type { HardwareNow } from '../windows/hardware-record.js';
import { optionLineCount } from './option-rows.js';
import { stepContent } from './step-content.js';
import { StepListView } from './step-list-view.js';
import { PREFETCH_DELAY_MS, prefetchNeighbours } from './step-prefetch.js';
import { SearchView } from './search-view.js';
import { revealLine } from './reveal-line.js';
import { searchCourse } from '../course/course-search.js';
import { StylesContext, TranslateContext } from './theme.js';
import { TooSmall } from './too-small.js';
import { useCommands } from './use-commands.js';
import { answerFor } from '../commands/why.js';
import { useTerminalSize } from './use-terminal-size.js';
import { useTutor } from './use-tutor.js';
import { useWindowsProbes } from './use-windows-probes.js';
import { useAnotherAccount } from './use-another-account.js';
import type { Prober } from '../probes/prober.js';
import { own } from '../progress/model.js';
import { courseChecks, courseChecksLine, privacyReport } from '../tutor/lesson-report.js';
import { commandSteps, isEffect } from '../tutor/command-actions.js';
import { menuRows } from '../tutor/menu-rows.js';
import { highlightedOption } from '../tutor/quiz-answer.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { ACTIVATION_PAGE, labelSlots, RUN_AS } from '../i18n/label-slots.js';
import { sayer, type Say } from '../i18n/say.js';
import type { Sentence } from '../probes/sentence.js';
import type { FieldKey } from '../tutor/code-field.js';

export interface AppProps {
  readonly course: Course;
  readonly initial: TutorState;
  /** Pending changes and the progress file: saved after each frame and before quitting. */
  readonly sync: ProgressSync;
  readonly styles: Styles;
  readonly notice?: Sentence | null;
  /** Opens an ms-settings: page or link; returns a line telling the user what happened. */
  readonly openLink?: (target: string, say: Say) => string;
  /** Told whenever saving fails or progress was reset elsewhere (a message), or all is well again (null). */
  readonly onSaveError?: (message: string | null) => void;
  /** True on Windows, where task pages can be opened. */
  readonly onWindows?: boolean;
  /** Read-only activation check; resolves to lines to show. */
  readonly checkActivation?: (say: Say) => Promise<readonly string[]>;
  /** Reads this PC for the hardware-record step (read-only); resolves to null off Windows. */
  readonly readHardware?: () => Promise<HardwareNow | null>;
  /** Ctrl+Z: give the terminal back to the shell until `fg` (absent on Windows). */
  readonly onSuspend?: (() => void) | undefined;
  /** Reads Windows' state (read-only); used on Windows only. */
  readonly prober?: Prober | null;
  /** How often a verify step asks Windows again (tests shorten it). */
  readonly verifyIntervalMs?: number;
  /** The UI's words in the chosen language (English by default). */
  readonly t?: Translate;
  /** The language in use (a Windows display language tag), shown on the start screen. */
  readonly language?: string;
  /** A language chosen on the start screen (l); absent: the list is not offered a change. */
  readonly onLanguage?: (tag: string) => void;
}

const LANGUAGE_CHOICES = languageChoices();
const LANGUAGE_TAGS = LANGUAGE_CHOICES.map((choice) => choice.tag);
const NO_HARDWARE = async (): Promise<HardwareNow | null> => null;
const UNREAD: HardwareNow = { checked: false, edition: null, channel: 'Unknown', activation: 'unknown', windows: null, deviceName: null };

export function App({ course, initial, sync, styles, notice = null, openLink, onSaveError, onWindows = false, checkActivation, readHardware = NO_HARDWARE, onSuspend, prober = null, verifyIntervalMs, t = english, language = 'en-US', onLanguage }: AppProps) {
  const { exit } = useApp();
  const { columns, rows: terminalRows } = useTerminalSize();
  const { state, send, current, saveMessage: saveError, saveNow, chooseLanguage } = useTutor(course, initial, sync, onSaveError, t);
  useWindowsProbes(course, state, send, onWindows ? prober : null, verifyIntervalMs);
  const otherFolder = useAnotherAccount(onWindows ? prober : null);
  // A save error takes a line above the screen (the menu shows it in its own notice line).
  const rows = saveError && state.screen !== 'menu' ? terminalRows - 1 : terminalRows;
  const { checkLines, openMessage, hardwareNow } = state;
  const { typing, lookedUp } = state.code;
  const codeAnswer = useMemo(() => (lookedUp === null ? null : answerFor(lookedUp, t, language).lines), [lookedUp, t, language]);
  // The hardware-record step: this PC as read, the "linked?" answer and the record.
  const hardwareRecord = state.progress.hardware;
  const linked = linkedAnswer(state);
  const hardware = useMemo(() => ({ now: hardwareNow === 'unread' ? 'reading' as const : hardwareNow, linked, record: hardwareRecord }), [hardwareNow, linked, hardwareRecord]);

  const lesson = course.lessons[state.lessonIndex];
  const step = lesson?.steps[state.stepIndex];
  const width = Math.max(10, columns);
  const context: Context = contextOf(course, state);
  const saved = lesson ? savedLesson(state.progress, lesson.id) : undefined;
  const stepMessage = step && openMessage?.step === step.id ? openMessage.text : null;
  const showing = lesson && step && state.screen === 'lesson' ? step : null;
  const windowsSays = showing?.kind === 'task' && showing.verify ? own(state.probes, showing.verify.probe) : undefined;
  const detected = showing?.kind === 'choice' ? own(state.probes, 'windows.version') : undefined;
  // Rendering markdown is the costly part of a frame: only redo it when its inputs change.
  const content = useMemo(
    () =>
      showing
        ? stepContent(showing, { width, styles, windows: state.progress.windows, saved, checkLines, openMessage: stepMessage, onWindows, lookup: { typing, answer: codeAnswer }, hardware, windowsSays, detected, t, language })
        : null,
    [showing, width, styles, state.progress.windows, saved, checkLines, stepMessage, onWindows, typing, codeAnswer, hardware, windowsSays, detected, t, language],
  );
  const listLines = content?.list ? optionLineCount(content.list.items) : 0;
  const contentLines = content?.lines.length ?? 0;
  // Packing the footer measures every hint: only redo it when the window or the keys change.
  const layout = useMemo(
    () => lessonLayout({ columns, rows, context, listLines, contentLines, styles, onWindows, t }),
    [columns, rows, context, listLines, contentLines, styles, onWindows, t],
  );

  // While the user reads, the steps n and p lead to are made ahead (after this frame and its save).
  useEffect(() => {
    if (!showing) return;
    const context = { width, styles, checkLines: null, openMessage: null, onWindows, lookup: { typing: null, answer: null }, hardware, t };
    const timer = setTimeout(() => prefetchNeighbours(course, state, context, layout.bodyHeight), PREFETCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [course, state, showing, width, styles, onWindows, hardware, layout.bodyHeight, t]);

  // After a jump from search, scroll the match into view once the step's lines are known.
  const reveal = state.reveal;
  useEffect(() => {
    if (reveal === null || !content) return;
    send({ type: 'revealed', scroll: Math.min(revealLine(content.lines, reveal), Math.max(0, content.lines.length - layout.bodyHeight)) });
  }, [reveal, content, layout.bodyHeight, send]);

  const needsCheck = state.screen === 'lesson' && step?.kind === 'check' && checkLines === null;
  useEffect(() => {
    if (!needsCheck) return;
    let live = true;
    (checkActivation ?? (async () => [t('check.offWindows')]))(sayer(t, language))
      .then((lines) => live && send({ type: 'checked', lines }))
      .catch(() => live && send({ type: 'checked', lines: [t('check.failed', labelSlots(ACTIVATION_PAGE, language, t))] }));
    return () => {
      live = false;
    };
  }, [needsCheck, checkActivation, send, t, language]);

  const needsHardware = state.screen === 'lesson' && step?.kind === 'check' && step.show === 'hardware' && hardwareNow === 'unread';
  useEffect(() => {
    if (!needsHardware) return;
    send({ type: 'hardwareRead', now: 'reading' });
    readHardware()
      .then((now) => send({ type: 'hardwareRead', now }))
      .catch(() => send({ type: 'hardwareRead', now: UNREAD }));
  }, [needsHardware, readHardware, send]);

  const listIndex = highlightedOption(course, state).index;
  const scrollMax = state.help ? helpScrollMax(width, rows, styles, t, onWindows, language) : { max: Math.max(0, (content?.lines.length ?? 0) - layout.bodyHeight), page: Math.max(1, layout.bodyHeight - 1) };

  // The tutor's table says what a command does; the App carries out the effects only it can.
  const onCommand = (command: Command, input: string) => {
    const now = current();
    const view = { menu: menuRows(course, now.progress), scroll: scrollMax, today: new Date(), languages: LANGUAGE_TAGS, language };
    for (const next of commandSteps(course, now, command, input, view)) {
      if (!isEffect(next)) send(next);
      else if (next.effect === 'quit') quit();
      else if (next.effect === 'suspend') onSuspend?.();
      else if (next.effect === 'language') {
        // Kept with the progress like any change; the screens switch at once either way.
        chooseLanguage(next.tag);
        onLanguage?.(next.tag);
      }
      else if (step?.kind === 'task') {
        const text = step.open ? (openLink ? openLink(step.open, sayer(t, language)) : t('task.openOnWindows', { page: step.open })) : t('task.noPage');
        send({ type: 'opened', step: step.id, text });
      }
    }
  };
  // Typing a code takes every key until Enter or Esc; leaving the step ends typing.
  const typingHere = typing !== null && context === 'lookup';
  useCommands(() => contextOf(course, current()), onCommand, !typingHere);
  useInput(
    (input, key) => {
      const field: FieldKey = key.return ? { kind: 'submit' } : key.escape ? { kind: 'cancel' } : key.backspace || key.delete ? { kind: 'backspace' } : { kind: 'text', text: key.ctrl || key.meta ? '' : input };
      send({ type: 'codeKey', key: field });
    },
    { isActive: typingHere },
  );

  // Progress is saved first, waiting for another window's save if needed.
  const quit = () => {
    saveNow();
    exit();
  };
  const screen = () => {
    if (layout.tooSmall) return <TooSmall columns={columns} rows={rows} />;
    if (state.help) return <HelpView columns={width} rows={rows} scroll={state.helpScroll} onWindows={onWindows} language={language} />;
    if (state.languages) return <LanguageView choices={LANGUAGE_CHOICES} current={language} selected={state.languages.index} columns={width} rows={rows} />;
    if (state.search) {
      const hits = searchCourse(course, state.search.query);
      return <SearchView course={course} query={state.search.query} hits={hits} selected={Math.min(state.search.index, Math.max(0, hits.length - 1))} columns={width} rows={rows} />;
    }
    if (state.stepList && lesson && state.screen !== 'menu') {
      const currentStep = state.screen === 'lesson' ? state.stepIndex : null;
      return (
        <StepListView lesson={lesson} lessonNumber={state.lessonIndex + 1} saved={saved} currentStep={currentStep} selected={state.stepListIndex} typed={state.stepListTyped} columns={width} rows={rows} />
      );
    }
    if (state.screen === 'finished' && lesson) {
      return (
        <FinishedView
          lesson={lesson}
          saved={saved}
          next={course.lessons[state.lessonIndex + 1]}
          lessonsLeft={course.lessons.filter((other) => lessonStatus(state.progress, other) !== 'done').map((other) => other.title)}
          courseLine={state.lessonIndex === course.lessons.length - 1 ? courseChecksLine(courseChecks(course, state.progress), t) : undefined}
          privacy={privacyReport(own(state.privacy, lesson.id), t, language)}
          columns={width}
          rows={rows}
        />
      );
    }
    if (state.screen === 'lesson' && lesson && content) {
      return (
        <LessonView
          lesson={lesson}
          lessonNumber={state.lessonIndex + 1}
          lessonCount={course.lessons.length}
          stepIndex={state.stepIndex}
          content={content}
          layout={layout}
          columns={width}
          scroll={state.scroll}
          listIndex={listIndex}
        />
      );
    }
    // Running as another account is said too, after any store notice: progress goes to its folder.
    const notices = [saveError ?? (notice && sayer(t, language)(notice)), otherFolder === null ? null : t('notice.anotherAccount', { folder: otherFolder, ...labelSlots(RUN_AS, language, t) })].filter((line) => line !== null);
    return <Menu course={course} progress={state.progress} columns={width} rows={rows} notice={notices.length > 0 ? notices.join(' ') : null} selected={state.menuIndex} language={language} />;
  };

  return (
    <StylesContext.Provider value={styles}>
      <TranslateContext.Provider value={t}>
        <Box flexDirection="column">
          {saveError && state.screen !== 'menu' ? <Text wrap="truncate-end">{styles.bad(truncateLine(saveError, width))}</Text> : null}
          {screen()}
        </Box>
      </TranslateContext.Provider>
    </StylesContext.Provider>
  );
}
