// The support summary for `report`: built only from fields chosen here (never raw tool output),
// then passed through redactIdentity as a second guard.
import type { Course } from '../course/types.js';
import { savedLesson, type ProgressData } from '../progress/model.js';
import { lessonStatus, type LessonStatus } from '../tutor/lesson-status.js';
import type { AccountType } from '../probes/account-probe.js';
import { valueOrNull } from '../probes/probe-types.js';
import type { SystemReading } from '../probes/system-probe.js';
import { ACCOUNT_WORDS } from '../probes/system-answers.js';
import type { ActivationReport } from '../probes/activation-types.js';
import { describeRuntime, type Runtime } from '../runtime.js';
import { redactIdentity, type Identity } from './redact-identity.js';
import type { WindowsVersionInfo } from './windows-version.js';

/** Stable shape of `report --json` (documented in README); add fields, never rename them. */
export interface SupportReport {
  readonly program: string;
  readonly version: string;
  readonly platform: NodeJS.Platform;
  readonly windows: WindowsVersionInfo | null;
  readonly wine: boolean | null;
  /** What runs the tutorial: support needs the Node release and whether it is the executable. */
  readonly runtime: Runtime;
  readonly activation: {
    readonly checked: boolean;
    readonly state: ActivationReport['state'];
    readonly channel: ActivationReport['channel'];
    readonly edition: string | null;
    readonly errorCode: string | null;
    /** At most the last 5 characters of the installed key, as Windows itself shows. */
    readonly productKeyLast5: string | null;
  };
  /** Which kind of account signs in (never its name, SID or email); null when unknown. */
  readonly account: { readonly type: AccountType | null };
  readonly admin: { readonly member: boolean | null; readonly elevated: boolean | null };
  readonly lessons: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: LessonStatus;
    readonly tasksDone: number;
    readonly tasks: number;
  }[];
}

export interface SupportReportInput {
  readonly version: string;
  readonly platform: NodeJS.Platform;
  readonly windows: WindowsVersionInfo | null;
  readonly wine: boolean | null;
  readonly runtime: Runtime;
  readonly activation: ActivationReport;
  readonly system: SystemReading;
  readonly course: Course;
  readonly progress: ProgressData;
}

export function buildSupportReport(input: SupportReportInput): SupportReport {
  const { activation, course, progress } = input;
  return {
    program: 'winlink-tutor',
    version: input.version,
    platform: input.platform,
    windows: input.windows,
    wine: input.wine,
    runtime: input.runtime,
    activation: {
      checked: activation.checked,
      state: activation.state,
      channel: activation.channel,
      edition: activation.edition,
      errorCode: activation.errorCode,
      productKeyLast5: activation.partialKey,
    },
    account: { type: valueOrNull(input.system.account.type) },
    admin: { member: valueOrNull(input.system.admin.member), elevated: valueOrNull(input.system.admin.elevated) },
    lessons: course.lessons.map((lesson) => {
      const tasks = lesson.steps.filter((step) => step.kind === 'task');
      const done = savedLesson(progress, lesson.id)?.completed ?? [];
      return {
        id: lesson.id,
        title: lesson.title,
        status: lessonStatus(progress, lesson),
        tasksDone: tasks.filter((step) => done.includes(step.id)).length,
        tasks: tasks.length,
      };
    }),
  };
}

const STATUS_WORDS: Readonly<Record<LessonStatus, string>> = { done: 'done', 'in-progress': 'in progress', new: 'not started' };

function activationLines(report: SupportReport): string[] {
  const a = report.activation;
  if (!a.checked) return [`Activation: could not be read${report.platform === 'win32' ? '' : ` (not Windows: ${report.platform})`}`];
  return [
    `Activation: ${a.state}`,
    `License channel: ${a.channel}`,
    `Edition: ${a.edition ?? 'unknown'}`,
    `Error code: ${a.errorCode ?? 'none reported'}`,
    `Product key: ${a.productKeyLast5 === null ? 'none installed' : `last 5 characters only: ${a.productKeyLast5}`}`,
  ];
}

const yesNo = (value: boolean | null): string => (value === null ? 'unknown' : value ? 'yes' : 'no');

function accountLines(report: SupportReport): string[] {
  if (report.platform !== 'win32') return [];
  const type = report.account.type;
  return [`Account type: ${type === null ? 'unknown' : ACCOUNT_WORDS[type]}`, `Administrator: ${yesNo(report.admin.member)}; running as administrator: ${yesNo(report.admin.elevated)}`];
}

export function formatSupportReport(report: SupportReport): string[] {
  const windows = report.windows === null ? `not Windows (${report.platform})` : `${report.windows.name}${report.windows.build === null ? '' : `, build ${report.windows.build}`}`;
  const wine = report.wine === null ? 'unknown' : report.wine ? 'yes' : 'no';
  return [
    `winlink-tutor ${report.version} support summary`,
    `Windows: ${windows}`,
    `Running under Wine: ${wine}`,
    `Runtime: ${describeRuntime(report.runtime)}`,
    ...activationLines(report),
    ...accountLines(report),
    'Tutorial progress:',
    ...report.lessons.map((l) => `  ${l.title}: ${STATUS_WORDS[l.status]}${l.tasks === 0 ? '' : `, tasks done ${l.tasksDone} of ${l.tasks}`}`),
  ];
}

/** The text and JSON forms, both redacted. */
export function renderSupportReport(report: SupportReport, identity: Identity, json: boolean): string {
  // JSON is redacted value by value, so a replacement can never break its escaping.
  if (json) return `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' ? redactIdentity(value, identity) : value), 2)}\n`;
  return `${redactIdentity(formatSupportReport(report).join('\n'), identity)}\n`;
}
