// Every command's human output comes from the UI catalog (issue 23, item 3): with a pseudo
// catalog (every string ⟦wrapped⟧) nothing in letters is left outside the brackets but what the
// allow-list below names, each with its reason. And --json is the same in every language apart
// from human text fields.
import { describe, expect, it } from 'vitest';
import { UsageError, parseCli } from '../../src/cli-args.js';
import { printCourse } from '../../src/commands/print.js';
import { runList } from '../../src/commands/list.js';
import { runPrivacy } from '../../src/commands/privacy.js';
import { runReport, type ReportDeps } from '../../src/commands/report.js';
import { runReset } from '../../src/commands/reset.js';
import { runStatus } from '../../src/commands/status.js';
import { runValidate } from '../../src/commands/validate.js';
import { answerFor, runWhy } from '../../src/commands/why.js';
import { unknownLessonMessage } from '../../src/commands/find-lesson.js';
import type { Course } from '../../src/course/types.js';
import { english, TEXT_LANGUAGES, type Translate } from '../../src/i18n/ui-strings.js';
import { labelNames, windowsLabel, WINDOWS_LANGUAGES } from '../../src/i18n/windows-labels.js';
import { createProber } from '../../src/probes/prober.js';
import { emptyProgress, type HardwareRecord, type ProgressData } from '../../src/progress/model.js';
import { memoryProgressStore, NO_FILE } from '../../src/progress/memory-store.js';
import { clipboardTools } from '../../src/report/clipboard.js';
import { plainStyles } from '../../src/text/styles.js';
import { courseChecks, courseChecksLine, lessonReport, privacyReport } from '../../src/tutor/lesson-report.js';
import { describeVerify } from '../../src/tutor/verify-words.js';
import { ERROR_CODES } from '../../src/windows/error-codes.js';
import { PRIVACY_IDS } from '../../src/probes/privacy-settings.js';
import { hardwareNowFrom } from '../../src/windows/hardware-record.js';
import { testCourse } from '../fixtures/course.js';
import { privacyReadings } from '../fixtures/verify-course.js';
import { fakeReg } from '../probes/fake-registry.js';
import { failed, fakeRunner, notFound, ok, timedOut } from '../windows/fake-runner.js';
import { sayer } from '../../src/i18n/say.js';
import { said } from '../../src/probes/sentence.js';
import { runWhere } from '../../src/commands/where.js';
import { NewerFormatError, parseFile, ProgressShapeError } from '../../src/progress/file-format.js';
import { createProber as proberFor } from '../../src/probes/prober.js';
import { openLink } from '../../src/windows/settings-links.js';
import { formatActivationReport } from '../../src/windows/format-report.js';
import { readFixture } from '../windows/read-fixture.js';
import { outsideCatalog, pseudo, pseudoSlots, slotData } from './pseudo-catalog.js';

const RECORD: HardwareRecord = { edition: 'Home', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'DESKTOP-OLD', linked: false, recordedOn: '2026-11-20' };
const CV = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion';

/**
 * What may stay outside the catalog, and why. Everything else in letters is a failure.
 * - codes and names that are the same in every language: the program's name before a message,
 *   error codes and SDK names (SL_E_…), lesson and setting ids, ms-settings: pages, URLs, JSON-like codes
 *   (activation states, license channels), the platform's name, Node's arch;
 * - data the user or the lessons bring: lesson titles and step titles (translated in lessons/<lang>/).
 */
function allowed(course: Course): readonly RegExp[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const courseText = course.lessons.flatMap((lesson) => [lesson.title, lesson.id, ...lesson.steps.flatMap((step) => [step.title, step.id])]);
  // The lesson and step ids `why` points to (its words come from the catalog).
  const codeIds = ERROR_CODES.flatMap((entry) => [entry.lesson, entry.step]);
  return [
    // The lessons' own text (print shows it). Whole lines only. (A quiz option is numbered: "1. Right answer".)
    ...lessonLines(course).map((line) => new RegExp(`^\\s*(?:\\d+\\.\\s+)?${escape(line)}\\s*$`, 'gm')),
    /winlink-tutor(?=:)/g,
    /https?:\/\/\S+/g,
    /ms-settings:[\w-]+/g,
    /0x[0-9A-F]{8}/gi,
    /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g,
    /\b(?:activated|not-activated|Retail|OEM|Volume:MAK|Unknown|win32|linux|darwin|x64|Pro|Home|Windows 1[01]|DESKTOP-\w+)\b/g,
    ...[...courseText, ...codeIds].filter((text) => text.length > 0).sort((a, b) => b.length - a.length).map((text) => new RegExp(escape(text), 'g')),
  ];
}

/** Every line of text the course's lessons hold (their titles, bodies, questions, options). */
function lessonLines(course: Course): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(...value.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk({ title: course.title, lessons: course.lessons.map(({ file: _file, ...lesson }) => lesson) });
  return [...new Set(strings)].sort((a, b) => b.length - a.length);
}

function bare(text: string, course: Course): string[] {
  let rest = outsideCatalog(text);
  for (const pattern of allowed(course)) rest = rest.replace(pattern, '');
  return rest.split('\n').filter((line) => /\p{L}/u.test(line));
}

function windowsDeps() {
  const { run } = fakeRunner({ 'powershell.exe': ok(readFixture('cim-activated-digital.json')) });
  return { platform: 'win32' as const, run, hardware: RECORD, thisPc: (report: Parameters<typeof hardwareNowFrom>[0]) => hardwareNowFrom(report, 'DESKTOP-NEW', 'Windows 11') };
}

function privacyDeps(platform: NodeJS.Platform, wine: boolean | null = false) {
  const fake = fakeReg({
    [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x0'] },
    'HKCU\\Software\\Policies\\Microsoft\\Windows': {},
    'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows': {},
  });
  return { platform, prober: createProber({ platform, run: fake.run, systemRoot: 'C:\\Windows' }), detectWine: () => Promise.resolve(wine) };
}

function reportDeps(course: Course, progress: ProgressData, overrides: Partial<ReportDeps> = {}): ReportDeps {
  const { run } = fakeRunner({ 'powershell.exe': ok(readFixture('cim-activated-digital.json')) });
  return {
    platform: 'win32', run, version: '9.9.9', osRelease: '10.0.22631', identity: { userNames: [], hostNames: [], homeDir: '/nowhere' }, course, progress,
    clipboard: clipboardTools('linux'), runWithInput: () => Promise.resolve({ stdout: '', stderr: '', code: null, timedOut: false, notFound: true }),
    runtime: { node: '24.21.0', arch: 'x64', executable: false }, ...overrides,
  };
}

const course = testCourse();
const some: ProgressData = {
  ...emptyProgress(),
  lessons: { [course.lessons[0]!.id]: { currentStep: course.lessons[0]!.steps[1]!.id, currentIndex: 1, completed: [course.lessons[0]!.steps[0]!.id], answers: {}, finished: false } },
};

/** What is wrong with a progress file's text: the error it raises, or its one unreadable course's (kept, not raised). */
function shapeError(text: string): ProgressShapeError {
  try {
    const [kept] = Object.values(parseFile(text).kept?.unreadable ?? {});
    if (kept) return new ProgressShapeError(kept);
  } catch (error) {
    if (error instanceof ProgressShapeError) return error;
  }
  throw new Error(`no shape error in ${text}`);
}

/** Every command's human output in a language. */
async function outputs(t: Translate): Promise<Record<string, string>> {
  const both = (result: { stdout: string; stderr: string }) => result.stdout + result.stderr;
  const out: Record<string, string> = {};
  out['status win32'] = both(await runStatus({ json: false, t }, windowsDeps()));
  out['status linux'] = both(await runStatus({ json: false, t }, { platform: 'linux', run: fakeRunner({}).run, hardware: RECORD }));
  // The probes' reasons: PowerShell missing and slmgr failing; everything timing out; German Windows' labels.
  out['status win32 no powershell'] = both(await runStatus({ json: false, t, windowsLanguage: 'de-DE' }, { platform: 'win32', run: fakeRunner({ 'powershell.exe': notFound, 'cscript.exe': failed('', 5), 'reg.exe': failed('', 7) }).run, release: '10.0.22631' }));
  // An EditionID outside the table (Windows Server): Windows' own id, with the user's words around it.
  out['status win32 server edition'] = both(await runStatus({ json: false, t, windowsLanguage: 'de-DE' }, { platform: 'win32', run: fakeRunner({ 'powershell.exe': ok(readFixture('cim-activated-digital.json')), 'reg.exe': ok(readFixture('reg-currentversion-server2022.txt')) }).run, release: '10.0.20348' }));
  out['status win32 timeouts'] = both(await runStatus({ json: false, t }, { platform: 'win32', run: fakeRunner({ 'powershell.exe': timedOut, 'reg.exe': timedOut, 'whoami.exe': timedOut }).run, release: 'weird' }));
  const say = sayer(t, 'de-DE');
  out['tutor links'] = ['ms-settings:foo&calc', 'ms-settings:activation', 'https://example.com/x'].flatMap((link) => {
    const result = openLink(link, { platform: link.startsWith('ms-settings:activation') ? 'win32' : 'linux', spawn: () => { throw new Error('EACCES'); }, fileExists: () => !link.endsWith('activation') });
    return result.opened ? [] : [say(result.reason)];
  }).join('\n');
  const windowsProber = proberFor({ platform: 'win32', run: fakeRunner({ 'powershell.exe': ok(readFixture('cim-activated-digital.json')) }).run, release: '10.0.22631', fileExists: () => true });
  out['tutor probe answers'] = (await Promise.all(['windows.version', 'account.type', 'admin.member', 'admin.elevated', 'activation.state', 'privacy.advertising-id', 'no.such'].map((id) => windowsProber.read(id)))).map((answer) => say(answer.text)).join('\n');
  out['tutor check step'] = formatActivationReport(await windowsProber.activation(), say).join('\n');
  // The verify answers of privacy steps with their notes (a caution, a diagnostic level and a feedback choice, with labels).
  const notes = fakeReg({
    [`${CV}\\AdvertisingInfo`]: { Enabled: ['REG_DWORD', '0x0'] },
    'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\DataCollection': { AllowTelemetry: ['REG_DWORD', '0x1'] },
    'HKCU\\Software\\Microsoft\\Siuf\\Rules': { NumberOfSIUFInPeriod: ['REG_DWORD', '0x0'] },
    'HKCU\\Software\\Policies\\Microsoft\\Windows': {},
    'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows': {},
  });
  const privacyProber = createProber({ platform: 'win32', run: notes.run, systemRoot: 'C:\\Windows' });
  out['tutor privacy answers'] = (await Promise.all(['advertising-id', 'diagnostic-data', 'feedback-frequency'].map((id) => privacyProber.read(`privacy.${id}`)))).map((answer) => say(answer.text)).join('\n');
  out['privacy win32 wine'] = both(await runPrivacy({ json: false, t }, privacyDeps('win32', true)));
  out['privacy linux'] = both(await runPrivacy({ json: false, t }, privacyDeps('linux')));
  out['privacy --json stderr'] = (await runPrivacy({ json: true, t }, privacyDeps('linux'))).stderr;
  out['why table'] = both(runWhy(undefined, { json: false, t }));
  out['why code'] = both(runWhy('0x803F7001', { json: false, t }));
  out['why unknown'] = both(runWhy('0xC0040000', { json: false, t }));
  out['why not a code'] = both(runWhy('hello', { json: true, t }));
  out['report win32 copy'] = both(await runReport({ json: false, copy: true, t }, reportDeps(course, some)));
  out['report linux'] = both(await runReport({ json: false, copy: false, t }, reportDeps(course, some, { platform: 'linux', osRelease: '6.1.0' })));
  out['validate ok'] = both(runValidate('lessons', undefined, t));
  out['validate no folder'] = ['', 'test/fixtures/no-such-folder', 'package.json'].map((dir) => both(runValidate(dir, undefined, t))).join('');
  out['report unknown version'] = both(await runReport({ json: false, copy: false, t }, reportDeps(course, some, { osRelease: 'weird' })));
  out['validate problems'] = both(runValidate('test/fixtures/bad-lessons', undefined, t)).split('\n').filter((line) => !/^\S+:\d+: /.test(line)).join('\n');
  out.list = both(runList(course, some, { json: false, t }));
  out.print = printCourse(course, course.lessons, { width: 100, windows: null, styles: plainStyles, t });
  // A store that saves (so reset gets as far as asking), and one whose reset fails.
  const store = { ...memoryProgressStore(null), persistent: true };
  const failing = { ...store, reset: () => { throw new Error('EBUSY'); } };
  out['reset failed'] = both(await runReset(course, undefined, true, { store: failing, confirm: null, t }));
  out['reset done'] = both(await runReset(course, '1', true, { store, confirm: null, t }));
  out['reset no terminal'] = both(await runReset(course, undefined, false, { store, confirm: null, t }));
  let asked = '';
  out['reset asked'] = both(await runReset(course, '1', false, { store, confirm: (question) => ((asked = question), Promise.resolve(false)), t }));
  out['reset question'] = asked;
  out['reset not persistent'] = both(await runReset(course, undefined, true, { store: memoryProgressStore(null), confirm: null, t }));
  out['unknown lesson'] = unknownLessonMessage(course, 'nope', t);
  // The progress file's own notices (moved aside, left as it is, a newer release's file), as reset and where say them.
  const FILE = '/home/u/.config/winlink-tutor/config.json';
  const notices = [
    said('progress.movedAside', { reason: said('progress.reason.link'), copy: `${FILE}.corrupt-1` }),
    said('progress.movedAsideOthersKept', { reason: said('progress.reason.tooLarge', { megabytes: 9 }), copy: `${FILE}.corrupt-1` }),
    said('progress.notMovedAside', { file: FILE, reason: said('progress.reason.notFile'), code: 'EBUSY' }),
    said('progress.leftForNow', { file: FILE, reason: said('progress.reason.shape', { detail: 'x' }) }),
    said('progress.folderRecreated', { folder: '~/.config/winlink-tutor' }),
    new NewerFormatError(3).sentence,
    // What is wrong with the file: its field names and keys stay as they are, the words around them are the user's.
    said('progress.movedAside', { reason: shapeError('[1]').sentence, copy: `${FILE}.corrupt-1` }),
    said('progress.leftForNow', { file: FILE, reason: shapeError(JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 1, courses: { builtin: { generation: 'soon' } } })).sentence }),
    said('progress.movedAside', { reason: shapeError(JSON.stringify({ version: 0, lessons: { intro: { currentStep: 'a', answers: { q: 1 } } } })).sentence, copy: `${FILE}.corrupt-1` }),
  ];
  out['progress notices'] = (await Promise.all(notices.map((notice) => runWhere({ path: FILE, notice, prober: null, t })))).map((result) => result.stderr).join('');
  // A store without a file and without a notice: `where` still says why there is no path.
  out['where no file'] = (await runWhere({ path: NO_FILE, notice: null, prober: null, t })).stderr;
  out['reset progress notice'] = both(await runReset(course, undefined, true, { store: memoryProgressStore(new NewerFormatError(3).sentence), confirm: null, t }));
  out.usage = [['bogus'], ['--nope'], ['list', 'x'], ['print', '--width'], ['--lang', 'xx'], ['where', '--json'], ['--json=1']].map((argv) => {
    try {
      parseCli(argv);
      return 'parsed';
    } catch (error) {
      return error instanceof UsageError ? error.say(t) : 'not a usage error';
    }
  }).join('\n');
  const lesson = course.lessons[0]!;
  out['tutor skipped'] = lessonReport(lesson, undefined).skipped.map((step) => t('finished.skippedStep', { number: step.index + 1, title: step.title, why: t(`skipped.${step.kind}`) })).join('\n');
  out['tutor course line'] = courseChecksLine({ ...courseChecks(course, some), confirmed: 1, hardwareRecorded: true }, t);
  out['tutor privacy'] = (privacyReport({ before: privacyReadings({ location: 'default', 'advertising-id': 'on' }), after: privacyReadings({ location: 'managed', 'advertising-id': 'off' }) }, t, 'de-DE')?.changes ?? []).join('\n');
  out['tutor verify'] = ['account.type:microsoft,local', 'privacy.advertising-id:off', 'admin.member:yes', 'activation.state:activated', 'windows.version:11', 'other.probe:x']
    .map((line) => { const [probe, values] = line.split(':'); return describeVerify({ probe: probe!, values: values!.split(',') }, t, 'de-DE'); }).join('\n');
  out['tutor code answer'] = [...answerFor('0xC004F211', t).lines, ...answerFor('zz', t).lines].join('\n');
  return out;
}

describe('human output from the catalog (pseudo-localized)', () => {
  it('leaves no bare words outside ⟦ ⟧ but the allow-list, in any command', async () => {
    const out = await outputs(pseudo);
    const found = Object.fromEntries(Object.entries(out).map(([name, text]) => [name, bare(text, course)]).filter(([, lines]) => (lines?.length ?? 0) > 0));
    expect(found).toEqual({});
    // The allow-list takes English only from what it names: a bare sentence is still caught.
    expect(bare(`${out['why table']}\nAn English line nobody translated.\n  ⟦x⟧ and a word`, course)).toEqual(['An English line nobody translated.', '   and a word']);
    // The pseudo catalog was really used everywhere (a command that ignored t would print nothing bracketed).
    for (const [name, text] of Object.entries(out)) expect(text, name).toContain('⟦');
  });

  it('in English the same commands say their usual words (the allow-list is not hiding English)', async () => {
    const out = await outputs(english);
    expect(out['status win32']).toContain('Compared with what you recorded on 2026-11-20');
    expect(out['privacy linux']).toContain('Privacy checkup (read-only: nothing is changed)');
    expect(out['why table']).toContain('Activation error codes this tutor knows:');
    expect(out['report linux']).toContain('Tutorial progress:');
    expect(out['validate ok']).toMatch(/lessons, \d+ steps: OK/);
    expect(out.usage).toContain('unknown command "bogus"');
    expect(out['tutor verify']).toContain('signed in with a Microsoft account or a local account');
  });
});

describe('what goes into a slot (pseudo-localized, slots marked)', () => {
  /**
   * English said into another string's slot hides inside that string's brackets (the privacy
   * verify answer's notes, a progress file's details did): every slot holds a catalog string of
   * its own, or data. Data: what the allow-list above names, Windows' own labels (the label
   * catalog's words in the two Windows languages used here), and the test's own values.
   */
  const labels = new Set(labelNames().flatMap((name) => ['en-US', 'de-DE'].map((language) => windowsLabel(name, language)!.text)));
  const TEST_DATA = new Set([
    '7QX4M', 'weird', 'EBUSY', 'wl-copy', 'xclip', 'hello', 'zz', 'nope', 'no.such', 'other.probe', 'x', 'bogus', '--nope', 'list', '--width', '--lang xx', '--json',
    '"ms-settings:foo&calc"', 'C:\\Windows\\explorer.exe', 'test/fixtures/no-such-folder', 'test/fixtures/bad-lessons', 'package.json', '~/.config/winlink-tutor',
    // A progress file's path and its own field names and keys (said as they are in every language).
    '/home/u/.config/winlink-tutor/config.json', '/home/u/.config/winlink-tutor/config.json.corrupt-1', 'counter', 'builtin', 'generation', 'intro',
    // Windows' own ids: an EditionID outside the table, an InstallationType; the privacy settings' ids.
    'ServerStandard', 'Server', ...PRIVACY_IDS,
    // The course's lessons as `unknown lesson` lists them, and the language tags `--lang` lists.
    '1 basics, 2 more', TEXT_LANGUAGES.join(', '), WINDOWS_LANGUAGES.join(', '),
  ]);
  const isData = (value: string, course: Course) => labels.has(value) || TEST_DATA.has(value) || bare(value, course).length === 0;

  it('holds a catalog string or data, never English words of ours', async () => {
    const out = await outputs(pseudoSlots);
    const found = Object.fromEntries(Object.entries(out).map(([name, text]) => [name, [...new Set(slotData(text).filter((value) => /\p{L}/u.test(value) && !isData(value, course)))]]).filter(([, values]) => values!.length > 0));
    expect(found).toEqual({});
    // English put into a slot is caught (the check is not blind to it).
    expect(slotData(pseudoSlots('probe.answer.onDetail', { detail: 'Required diagnostic data only.' }))).toEqual(['Required diagnostic data only.']);
  });
});

describe('--json is the same in every language apart from human text', () => {
  /** The same shape with every human text field (by name) blanked; keys, ids, states and codes stay. */
  function machine(value: unknown, human: ReadonlySet<string>): unknown {
    if (Array.isArray(value)) return value.map((item) => machine(item, human));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, human.has(key) ? (Array.isArray(item) ? item.map(() => 'text') : typeof item) : machine(item, human)]));
    }
    return value;
  }

  it.each([
    ['status --json', () => runStatus({ json: true, t: pseudo }, windowsDeps()), () => runStatus({ json: true }, windowsDeps()), ['differences']],
    ['privacy --json', () => runPrivacy({ json: true, t: pseudo }, privacyDeps('win32')), () => runPrivacy({ json: true }, privacyDeps('win32')), ['label', 'detail']],
    ['why --json', () => Promise.resolve(runWhy(undefined, { json: true, t: pseudo })), () => Promise.resolve(runWhy(undefined, { json: true })), []],
    ['why <code> --json', () => Promise.resolve(runWhy('0xC004F211', { json: true, t: pseudo })), () => Promise.resolve(runWhy('0xC004F211', { json: true })), []],
    ['list --json', () => Promise.resolve(runList(course, some, { json: true, t: pseudo })), () => Promise.resolve(runList(course, some, { json: true })), ['title', 'summary']],
    ['report --json', () => runReport({ json: true, copy: false, t: pseudo }, reportDeps(course, some)), () => runReport({ json: true, copy: false }, reportDeps(course, some)), ['title']],
  ] as const)('%s', async (_name, translated, inEnglish, human) => {
    const [other, base] = [await translated(), await inEnglish()];
    expect(other.code).toBe(base.code);
    const [a, b] = [JSON.parse(other.stdout) as unknown, JSON.parse(base.stdout) as unknown];
    expect(machine(a, new Set(human))).toEqual(machine(b, new Set(human)));
    // Only status (its differences) and privacy (its labels and details) word human fields from the
    // catalog; every other JSON is byte for byte the same.
    if ((human as readonly string[]).some((field) => field === 'differences' || field === 'detail')) expect(other.stdout).toContain('⟦');
    else expect(other.stdout).toBe(base.stdout);
  });
});
