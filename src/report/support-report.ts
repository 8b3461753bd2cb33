// The support summary for `report`: built only from fields chosen here (never raw tool output),
// then passed through redactIdentity as a second guard.
import type { Course } from '../course/types.js';
import { savedLesson, type ProgressData } from '../progress/model.js';
import { lessonStatus, type LessonStatus } from '../tutor/lesson-status.js';
import type { AccountType } from '../probes/account-probe.js';
import { valueOrNull } from '../probes/probe-types.js';
import type { SystemReading } from '../probes/system-probe.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import type { ActivationReport } from '../probes/activation-types.js';
import type { Runtime } from '../runtime.js';
import { redactIdentity, type Identity } from './redact-identity.js';
import { UNKNOWN_VERSION_NAME, type WindowsVersionInfo } from './windows-version.js';

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

function activationLines(report: SupportReport, t: Translate): string[] {
  const a = report.activation;
  if (!a.checked) return [report.platform === 'win32' ? t('report.activationUnread') : t('report.activationUnreadElsewhere', { platform: report.platform })];
  // State and channel are the JSON's codes ("activated", "Retail"), the same in every language.
  return [
    t('report.activation', { state: a.state }),
    t('report.channel', { channel: a.channel }),
    t('report.edition', { edition: a.edition ?? t('answer.unknown') }),
    t('report.errorCode', { code: a.errorCode ?? t('report.noErrorCode') }),
    a.productKeyLast5 === null ? t('report.noProductKey') : t('report.productKey', { last5: a.productKeyLast5 }),
  ];
}

const yesNo = (value: boolean | null, t: Translate): string => t(value === null ? 'answer.unknown' : value ? 'answer.yes' : 'answer.no');

function accountLines(report: SupportReport, t: Translate): string[] {
  if (report.platform !== 'win32') return [];
  const type = report.account.type;
  return [
    t('report.accountType', { type: t(type === null ? 'answer.unknown' : `account.${type}`) }),
    t('report.admin', { member: yesNo(report.admin.member, t), elevated: yesNo(report.admin.elevated, t) }),
  ];
}

export function formatSupportReport(report: SupportReport, t: Translate = english): string[] {
  // --json keeps the English name; the text says "version unknown" in the user's language.
  const name = report.windows?.name === UNKNOWN_VERSION_NAME ? t('report.windowsVersionUnknown') : report.windows?.name ?? '';
  const windows = report.windows === null
    ? t('report.notWindows', { platform: report.platform })
    : report.windows.build === null ? name : t('report.windowsBuild', { name, build: report.windows.build });
  return [
    t('report.title', { version: report.version }),
    t('report.windows', { windows }),
    t('report.wine', { answer: yesNo(report.wine, t) }),
    t(report.runtime.executable ? 'report.runtimeExe' : 'report.runtimeNode', { node: report.runtime.node, arch: report.runtime.arch }),
    ...activationLines(report, t),
    ...accountLines(report, t),
    t('report.progress'),
    ...report.lessons.map((l) => t(l.tasks === 0 ? 'report.lesson' : 'report.lessonTasks', { title: l.title, status: t(`lesson.status.${l.status}`), done: l.tasksDone, count: l.tasks })),
  ];
}

/** The text and JSON forms, both redacted. */
export function renderSupportReport(report: SupportReport, identity: Identity, json: boolean, t: Translate = english): string {
  // JSON is redacted value by value, so a replacement can never break its escaping.
  if (json) return `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' ? redactIdentity(value, identity) : value), 2)}\n`;
  return `${redactIdentity(formatSupportReport(report, t).join('\n'), identity)}\n`;
}
