import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useState } from 'react';
import { answerFor } from '../commands/why.js';
import type { Course } from '../course/types.js';
import { savedLesson } from '../progress/model.js';
import type { ProgressSync } from '../progress/progress-sync.js';
import type { Styles } from '../text/styles.js';
import { truncateLine } from '../text/wrap.js';
import { contextOf } from '../tutor/context.js';
import type { Command, Context } from '../tutor/keymap.js';
import { lessonStatus, resumePoint } from '../tutor/lesson-status.js';
import type { TutorState } from '../tutor/state.js';
import { FinishedView } from './finished-view.js';
import { HelpView, helpScrollMax } from './help-view.js';
import { lessonLayout } from './lesson-layout.js';
import { LessonView } from './lesson-view.js';
import { CONTINUE, Menu, menuItems, QUIT } from './menu.js';
import { fieldKey } from './code-field.js';
import { linkedAnswer } from '../tutor/hardware-answer.js';
import type { HardwareNow } from '../windows/hardware-record.js';
import { optionLineCount } from './option-rows.js';
import { stepContent } from './step-content.js';
import { StepListView } from './step-list-view.js';
import { PREFETCH_DELAY_MS, prefetchNeighbours } from './step-prefetch.js';
import { SearchView } from './search-view.js';
import { revealLine } from './reveal-line.js';
import { searchCourse } from '../course/course-search.js';
import { StylesContext } from './theme.js';
import { TooSmall } from './too-small.js';
import { useCommands } from './use-commands.js';
import { useTerminalSize } from './use-terminal-size.js';
import { useTutor } from './use-tutor.js';
import { useWindowsProbes } from './use-windows-probes.js';
import type { Prober } from '../probes/prober.js';
import { own } from '../progress/model.js';
import { courseChecks, courseChecksLine, privacyReport } from '../tutor/lesson-report.js';

export interface AppProps {
  readonly course: Course;
  readonly initial: TutorState;
  /** Pending changes and the progress file: saved after each frame and before quitting. */
  readonly sync: ProgressSync;
  readonly styles: Styles;
  readonly notice?: string | null;
  /** Opens an ms-settings: page or link; returns a line telling the user what happened. */
  readonly openLink?: (target: string) => string;
  /** Told whenever saving fails or progress was reset elsewhere (a message), or all is well again (null). */
  readonly onSaveError?: (message: string | null) => void;
  /** True on Windows, where task pages can be opened. */
  readonly onWindows?: boolean;
  /** Read-only activation check; resolves to lines to show. */
  readonly checkActivation?: () => Promise<readonly string[]>;
  /** Reads this PC for the hardware-record step (read-only); resolves to null off Windows. */
  readonly readHardware?: () => Promise<HardwareNow | null>;
  /** Ctrl+Z: give the terminal back to the shell until `fg` (absent on Windows). */
  readonly onSuspend?: (() => void) | undefined;
  /** Reads Windows' state (read-only); used on Windows only. */
  readonly prober?: Prober | null;
  /** How often a verify step asks Windows again (tests shorten it). */
  readonly verifyIntervalMs?: number;
}

const NO_CHECK = async () => ['The activation state can only be checked on Windows; this machine cannot check it.'];
const NO_HARDWARE = async (): Promise<HardwareNow | null> => null;

export function App({ course, initial, sync, styles, notice = null, openLink, onSaveError, onWindows = false, checkActivation = NO_CHECK, readHardware = NO_HARDWARE, onSuspend, prober = null, verifyIntervalMs }: AppProps) {
  const { exit } = useApp();
  const { columns, rows: terminalRows } = useTerminalSize();
  const { state, send, current, saveMessage: saveError, saveNow } = useTutor(course, initial, sync, onSaveError);
  useWindowsProbes(course, state, send, onWindows ? prober : null, verifyIntervalMs);
  // A save error takes a line above the screen (the menu shows it in its own notice line).
  const rows = saveError && state.screen !== 'menu' ? terminalRows - 1 : terminalRows;
  const [checkLines, setCheckLines] = useState<readonly string[] | null>(null);
  const [openMessage, setOpenMessage] = useState<{ step: string; text: string } | null>(null);
  // The error-code step: text being typed (null when not typing) and the answer shown.
  const [typing, setTyping] = useState<string | null>(null);
  const [codeAnswer, setCodeAnswer] = useState<readonly string[] | null>(null);
  // The hardware-record step: this PC as read (undefined: not asked yet) and the "linked?" answer.
  const [hardwareNow, setHardwareNow] = useState<HardwareNow | 'reading' | null | undefined>(undefined);
  const hardwareRecord = state.progress.hardware;
  const linked = linkedAnswer(state);
  const hardware = useMemo(() => ({ now: hardwareNow === undefined ? 'reading' as const : hardwareNow, linked, record: hardwareRecord }), [hardwareNow, linked, hardwareRecord]);

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
        ? stepContent(showing, { width, styles, windows: state.progress.windows, saved, checkLines, openMessage: stepMessage, onWindows, lookup: { typing, answer: codeAnswer }, hardware, windowsSays, detected })
        : null,
    [showing, width, styles, state.progress.windows, saved, checkLines, stepMessage, onWindows, typing, codeAnswer, hardware, windowsSays, detected],
  );
  const listLines = content?.list ? optionLineCount(content.list.items) : 0;
  const contentLines = content?.lines.length ?? 0;
  // Packing the footer measures every hint: only redo it when the window or the keys change.
  const layout = useMemo(
    () => lessonLayout({ columns, rows, context, listLines, contentLines, styles, onWindows }),
    [columns, rows, context, listLines, contentLines, styles, onWindows],
  );

  // While the user reads, the steps n and p lead to are made ahead (after this frame and its save).
  useEffect(() => {
    if (!showing) return;
    const context = { width, styles, checkLines: null, openMessage: null, onWindows, lookup: { typing: null, answer: null }, hardware };
    const timer = setTimeout(() => prefetchNeighbours(course, state, context, layout.bodyHeight), PREFETCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [course, state, showing, width, styles, onWindows, hardware, layout.bodyHeight]);

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
    checkActivation()
      .then((lines) => live && setCheckLines(lines))
      .catch(() => live && setCheckLines(['The activation check did not finish; open the Activation page in Settings instead (Windows 11: System > Activation; Windows 10: Update & Security > Activation).']));
    return () => {
      live = false;
    };
  }, [needsCheck, checkActivation]);

  const needsHardware = state.screen === 'lesson' && step?.kind === 'check' && step.show === 'hardware' && hardwareNow === undefined;
  useEffect(() => {
    if (!needsHardware) return;
    setHardwareNow('reading');
    readHardware()
      .then((now) => setHardwareNow(now))
      .catch(() => setHardwareNow({ checked: false, edition: null, channel: 'Unknown', activation: 'unknown', windows: null, deviceName: null }));
  }, [needsHardware, readHardware]);

  const optionCount = content?.list?.items.length ?? 0;
  const listIndex = Math.min(state.listIndex ?? content?.list?.initialIndex ?? 0, Math.max(0, optionCount - 1));
  const scrollMax = state.help ? helpScrollMax(width, rows, styles, onWindows) : { max: Math.max(0, (content?.lines.length ?? 0) - layout.bodyHeight), page: Math.max(1, layout.bodyHeight - 1) };

  const onCommand = (command: Command, input: string) => {
    switch (command) {
      case 'menu.up':
      case 'menu.down':
        return send({ type: 'menuMove', delta: command === 'menu.up' ? -1 : 1, count: menuItems(course, current().progress).length });
      case 'menu.select': {
        const item = menuItems(course, current().progress)[current().menuIndex];
        return item ? onMenuSelect(item.value) : undefined;
      }
      case 'menu.number': {
        // The number shown before each lesson, not the row: "Continue" shifts the rows by one.
        const index = Number(input) - 1;
        return index < course.lessons.length ? onMenuSelect(index) : undefined;
      }
      case 'list.up':
      case 'list.down':
        return optionCount > 0 ? send({ type: 'highlight', index: (listIndex + (command === 'list.up' ? -1 : 1) + optionCount) % optionCount }) : undefined;
      case 'list.select':
        return onListSelect(listIndex);
      case 'list.number': {
        // The number printed before the option, whether or not it is on screen.
        const index = Number(input) - 1;
        if (index >= optionCount) return;
        send({ type: 'highlight', index });
        return onListSelect(index);
      }
      case 'search.open':
        return send({ type: 'openSearch' });
      case 'search.close':
        return send({ type: 'closeSearch' });
      case 'search.type':
        return send({ type: 'searchType', text: input });
      case 'search.erase':
        return send({ type: 'searchErase' });
      case 'search.up':
      case 'search.down':
        return send({ type: 'searchMove', delta: command === 'search.up' ? -1 : 1 });
      case 'search.select':
        return send({ type: 'searchJump' });
      case 'steps.toggle':
        return send({ type: 'toggleStepList' });
      case 'steps.up':
      case 'steps.down':
        return send({ type: 'stepListMove', delta: command === 'steps.up' ? -1 : 1 });
      case 'steps.select':
        return send({ type: 'stepListJump' });
      case 'steps.number':
        return send({ type: 'stepListDigit', digit: input });
      case 'app.quit':
        return quit();
      case 'app.suspend':
        return onSuspend?.();
      case 'app.help':
        return send({ type: 'toggleHelp' });
      case 'app.menu':
        return send({ type: 'menu' });
      case 'nav.next':
        return send({ type: 'next' });
      case 'nav.prev':
        return send({ type: 'prev' });
      case 'nav.first':
        return send({ type: 'first' });
      case 'nav.last':
        return send({ type: 'last' });
      case 'scroll.up':
      case 'scroll.down':
        return send({ type: 'scroll', delta: command === 'scroll.up' ? -1 : 1, max: scrollMax.max });
      case 'page.up':
      case 'page.down':
        return send({ type: 'scroll', delta: (command === 'page.up' ? -1 : 1) * scrollMax.page, max: scrollMax.max });
      case 'task.done':
        return send({ type: 'complete' });
      case 'code.type':
        return setTyping('');
      case 'hardware.linked':
        return send({ type: 'cycleLinked' });
      case 'hardware.record':
        // Nothing to record off Windows or before this PC was read.
        if (hardwareNow === undefined || hardwareNow === null || hardwareNow === 'reading') return;
        return send({ type: 'recordHardware', now: hardwareNow, today: new Date() });
      case 'windows.switch':
        return send({ type: 'switchWindows' });
      case 'lesson.next':
        return send({ type: 'nextLesson' });
      case 'lesson.skipped':
        return send({ type: 'firstSkipped' });
      case 'link.open':
        if (step?.kind === 'task') {
          const text = step.open ? (openLink ? openLink(step.open) : `Open ${step.open} on Windows.`) : 'This task has no page to open.';
          setOpenMessage({ step: step.id, text });
        }
        return;
      default:
        return;
    }
  };
  // Typing a code takes every key until Enter or Esc; leaving the step ends typing.
  const typingHere = typing !== null && context === 'lookup';
  useCommands(() => contextOf(course, current()), onCommand, !typingHere);
  useInput(
    (input, key) => {
      const fieldInput = key.return ? { kind: 'submit' as const } : key.escape ? { kind: 'cancel' as const } : key.backspace || key.delete ? { kind: 'backspace' as const } : { kind: 'text' as const, text: key.ctrl || key.meta ? '' : input };
      const result = fieldKey(typing ?? '', fieldInput);
      if (result.kind === 'editing') return setTyping(result.value);
      setTyping(null);
      if (result.kind === 'submitted') setCodeAnswer(answerFor(result.value).lines);
    },
    { isActive: typingHere },
  );

  // Progress is saved first, waiting for another window's save if needed.
  const quit = () => {
    saveNow();
    exit();
  };
  const onMenuSelect = (value: number) => {
    if (value === QUIT) return quit();
    if (value === CONTINUE) {
      const resume = resumePoint(course, current().progress);
      if (resume) send({ type: 'openLesson', lessonIndex: resume.lessonIndex });
      return;
    }
    send({ type: 'openLesson', lessonIndex: value });
  };
  const onListSelect = (value: number) => {
    if (step?.kind === 'quiz') send({ type: 'answer', option: value });
    if (step?.kind === 'choice') {
      const option = step.options[value];
      if (option) send({ type: 'choose', value: option.value });
    }
  };

  const screen = () => {
    if (layout.tooSmall) return <TooSmall columns={columns} rows={rows} />;
    if (state.help) return <HelpView columns={width} rows={rows} scroll={state.helpScroll} onWindows={onWindows} />;
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
          courseLine={state.lessonIndex === course.lessons.length - 1 ? courseChecksLine(courseChecks(course, state.progress)) : undefined}
          privacy={privacyReport(own(state.privacy, lesson.id))}
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
    return <Menu course={course} progress={state.progress} columns={width} rows={rows} notice={saveError ?? notice} selected={state.menuIndex} />;
  };

  return (
    <StylesContext.Provider value={styles}>
      <Box flexDirection="column">
        {saveError && state.screen !== 'menu' ? <Text wrap="truncate-end">{styles.bad(truncateLine(saveError, width))}</Text> : null}
        {screen()}
      </Box>
    </StylesContext.Provider>
  );
}
