import type { PrivacyReading } from '../probes/privacy-probe.js';
import type { Sentence } from '../probes/sentence.js';
import type { ProgressData } from '../progress/model.js';
import type { HardwareNow } from '../windows/hardware-record.js';
import type { FieldKey } from './code-field.js';

/** What Windows answered to one probe: a catalog value, or null (unknown); `text` says it in words. */
export interface ProbeResult {
  readonly value: string | null;
  readonly text: Sentence;
}

/** The privacy settings of one lesson's run: read when it first opened, and at its end. */
export interface PrivacySnapshot {
  readonly before: readonly PrivacyReading[] | null;
  /** Null while the end-of-lesson read runs. */
  readonly after: readonly PrivacyReading[] | null;
}

/** Which screen is showing; help is an overlay on top of it. */
export type Screen = 'menu' | 'lesson' | 'finished';

export interface TutorState {
  readonly screen: Screen;
  readonly help: boolean;
  /** The lesson's step list (t), an overlay on the lesson or its end screen. */
  readonly stepList: boolean;
  /** Highlighted row of the step list. */
  readonly stepListIndex: number;
  /** Digits typed in the step list so far ("1" may become "12" in a long lesson). */
  readonly stepListTyped: string;
  readonly lessonIndex: number;
  readonly stepIndex: number;
  /** First visible body line; the view clamps it to what fits. */
  readonly scroll: number;
  readonly helpScroll: number;
  /** Highlighted row of the start screen's list. */
  readonly menuIndex: number;
  /** The course search (/): what was typed and the highlighted result; null when closed. */
  readonly search: { readonly query: string; readonly index: number } | null;
  /** After a jump from search: the text to scroll into view once the step is drawn. */
  readonly reveal: string | null;
  /** Highlighted option of a quiz or choice step; null: the step's own default (its answer). */
  readonly listIndex: number | null;
  /** The latest answers from Windows this run, by probe id (never saved: Windows may change). */
  readonly probes: Readonly<Record<string, ProbeResult>>;
  /** A verify step the user unticked on this visit: Windows does not tick it again until it is left. */
  readonly declined: string | null;
  /** Privacy before/after per lesson id, for this run only (kept in memory, not in progress). */
  readonly privacy: Readonly<Record<string, PrivacySnapshot>>;
  /** The hardware step's "linked?" answer given this run (l); null: none yet (the record's shows). */
  readonly hardwareLinked: { readonly linked: boolean | null } | null;
  /**
   * The error-code step: the code being typed (null when not typing) and the last code looked up
   * (the view words the answer, so it follows a change of language).
   */
  readonly code: { readonly typing: string | null; readonly lookedUp: string | null };
  /** This PC as read for the hardware step: 'unread' until the step asks, null off Windows. */
  readonly hardwareNow: HardwareNow | 'reading' | 'unread' | null;
  /** The activation check's lines, once it answered (kept for the run). */
  readonly checkLines: readonly string[] | null;
  /** The language list of the start screen (l): the highlighted row; null when closed. */
  readonly languages: { readonly index: number } | null;
  /** What the last "open page" key said, on the step it was pressed on. */
  readonly openMessage: { readonly step: string; readonly text: string } | null;
  readonly progress: ProgressData;
}

export type Action =
  | { readonly type: 'openLesson'; readonly lessonIndex: number }
  | { readonly type: 'next' }
  | { readonly type: 'prev' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'goto'; readonly stepIndex: number }
  | { readonly type: 'answer'; readonly option: number }
  | { readonly type: 'choose'; readonly value: string }
  | { readonly type: 'complete' }
  | { readonly type: 'switchWindows' }
  | { readonly type: 'scroll'; readonly delta: number; readonly max: number }
  | { readonly type: 'menu' }
  | { readonly type: 'menuMove'; readonly delta: number; readonly count: number }
  | { readonly type: 'highlight'; readonly index: number }
  | { readonly type: 'toggleHelp' }
  | { readonly type: 'toggleStepList' }
  | { readonly type: 'stepListMove'; readonly delta: number }
  | { readonly type: 'stepListDigit'; readonly digit: string }
  | { readonly type: 'stepListJump' }
  | { readonly type: 'nextLesson' }
  | { readonly type: 'firstSkipped' }
  | { readonly type: 'openSearch' }
  | { readonly type: 'closeSearch' }
  | { readonly type: 'searchType'; readonly text: string }
  | { readonly type: 'searchErase' }
  | { readonly type: 'searchMove'; readonly delta: number }
  | { readonly type: 'searchJump' }
  | { readonly type: 'revealed'; readonly scroll: number }
  | { readonly type: 'adopt'; readonly progress: ProgressData }
  /** l on the hardware step: the next "linked?" answer. */
  | { readonly type: 'cycleLinked' }
  /** Keep what this PC shows before a hardware change, with the "linked?" answer (the step is then done). */
  | { readonly type: 'recordHardware'; readonly now: HardwareNow; readonly today: Date }
  | { readonly type: 'probed'; readonly probe: string; readonly result: ProbeResult }
  /** e on the error-code step: start typing a code. */
  | { readonly type: 'typeCode' }
  /** A key while typing a code; Enter looks it up, Esc stops. */
  | { readonly type: 'codeKey'; readonly key: FieldKey }
  | { readonly type: 'checked'; readonly lines: readonly string[] }
  | { readonly type: 'hardwareRead'; readonly now: HardwareNow | 'reading' | null }
  | { readonly type: 'opened'; readonly step: string; readonly text: string }
  /** l on the start screen: the language list, on the language in use. */
  | { readonly type: 'openLanguages'; readonly index: number }
  | { readonly type: 'languagesMove'; readonly delta: number; readonly count: number }
  | { readonly type: 'closeLanguages' }
  | { readonly type: 'privacyRead'; readonly lesson: string; readonly when: 'before' | 'after'; readonly readings: readonly PrivacyReading[] };

