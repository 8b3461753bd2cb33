import { describe, expect, it } from 'vitest';
import { runReport, type ReportDeps } from '../../src/commands/report.js';
import { loadCourse } from '../../src/course/load-course.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { emptyProgress, type ProgressData } from '../../src/progress/model.js';
import type { InputRunner } from '../../src/report/clipboard.js';
import { clipboardTools } from '../../src/report/clipboard.js';
import { fakeRunner, ok } from '../windows/fake-runner.js';
import { readFixture } from '../windows/read-fixture.js';
import { CURRENT_VERSION, fakeWindows } from '../probes/system-fakes.js';

const FULL_KEY = 'VK7JG-NPHTM-C97JM-9MPGT-3V66T';
const USER = 'Jürgen Müller';
const EMAIL = 'jurgen.mueller@example.com';
const HOST = 'JURGEN-DESKTOP';
const HOME = 'C:\\Users\\Jürgen Müller';
const USER_SID = 'S-1-5-21-1004336348-1177238915-682003330-1001';
const MSA_SID = 'S-1-11-96-3623454863-58364-18864-2661722203-1597581903';

// Every field Windows could hand back carries something personal.
const leakyCim = JSON.stringify({
  answer: 'winlink-tutor/license/1',
  products: [{
    Name: `Windows(R), ${USER} ${EMAIL} ${HOST} ${FULL_KEY} ${HOME}\\Desktop edition`,
    Description: `Windows(R) Operating System, RETAIL channel ${EMAIL}`,
    PartialProductKey: FULL_KEY,
    LicenseStatus: 5,
    LicenseStatusReason: -1073417711,
    GracePeriodRemaining: 0,
  }],
});
const leakyReg = `HKEY_CURRENT_USER\\Software\\Wine\r\n    User    REG_SZ    ${USER} <${EMAIL}>\r\n`;

const FORBIDDEN = [FULL_KEY, 'VK7JG', 'NPHTM', '9MPGT', 'Jürgen', 'Müller', 'jurgen', 'example.com', HOST, 'JURGEN', 'C:\\Users', 'C:\\\\Users'];

function progressWithTasks(): ProgressData {
  return {
    ...emptyProgress(),
    lastLesson: 'before-you-start',
    lessons: {
      'why-link': { currentStep: 'x', currentIndex: 0, completed: [], answers: {}, finished: true },
      'before-you-start': { currentStep: 'open-activation', currentIndex: 5, completed: ['check-admin', 'account-type'], answers: {}, finished: false },
    },
  };
}

function deps(overrides: Partial<ReportDeps> = {}): ReportDeps {
  const { course } = loadCourse(DEFAULT_LESSONS_DIR);
  const { run } = fakeRunner({ 'powershell.exe': ok(leakyCim), 'reg.exe': ok(leakyReg) });
  return {
    platform: 'win32',
    run,
    version: '9.9.9',
    osRelease: '10.0.22631',
    identity: { userNames: [USER, 'jurgen'], hostNames: [HOST], homeDir: HOME },
    course,
    progress: progressWithTasks(),
    clipboard: clipboardTools('win32'),
    runWithInput: () => Promise.reject(new Error('no clipboard in this test')),
    runtime: { node: '24.21.0', arch: 'x64', executable: true },
    ...overrides,
  };
}

describe('report', () => {
  it('summarises version, Windows, activation and progress, and leaks nothing personal', async () => {
    const result = await runReport({ json: false, copy: false }, deps());
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 12)).toEqual([
      'winlink-tutor 9.9.9 support summary',
      'Windows: Windows 11, build 22631',
      'Running under Wine: yes',
      'Runtime: Node 24.21.0 (x64), the standalone executable',
      'Activation: notification',
      'License channel: Retail',
      expect.stringMatching(/^Edition: /),
      'Error code: 0xC004F211',
      'Product key: last 5 characters only: 3V66T',
      // This fake has no whoami and answers PowerShell with the licensing query only.
      'Account type: unknown',
      'Administrator: unknown; running as administrator: unknown',
      'Tutorial progress:',
    ]);
    expect(result.stdout).toContain('  Why link your license: done');
    expect(result.stdout).toMatch(/ {2}Before you start: in progress, tasks done 2 of 4\n/);
    for (const secret of FORBIDDEN) expect(result.stdout, secret).not.toContain(secret);
  });

  it('gives the same fields as JSON, with nothing personal either', async () => {
    const result = await runReport({ json: true, copy: false }, deps());
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      program: 'winlink-tutor',
      version: '9.9.9',
      platform: 'win32',
      windows: { name: 'Windows 11', build: 22631 },
      wine: true,
      runtime: { node: '24.21.0', arch: 'x64', executable: true },
      activation: { checked: true, state: 'notification', channel: 'Retail', errorCode: '0xC004F211', productKeyLast5: '3V66T' },
    });
    expect(report['lessons']).toContainEqual({ id: 'before-you-start', title: 'Before you start', status: 'in-progress', tasksDone: 2, tasks: expect.any(Number) });
    for (const secret of FORBIDDEN) expect(result.stdout, secret).not.toContain(secret);
  });

  it('gives account type and administrator, never the name, SID or email whoami and PowerShell saw', async () => {
    const system = JSON.stringify({
      answer: 'winlink-tutor/system/1',
      os: { caption: `Microsoft Windows 11 Pro ${USER}`, sku: 48, build: '22631' },
      account: { source: 'MicrosoftAccount', upn: false },
      admin: { inRole: false },
      license: JSON.parse(leakyCim) as unknown,
    });
    const whoami = [
      `"MicrosoftAccount\\${EMAIL}","User","${MSA_SID}","Mandatory group, Enabled by default, Enabled group"`,
      `"${HOST}\\${USER}","Alias","${USER_SID}","Mandatory group, Enabled by default, Enabled group"`,
      '"BUILTIN\\Administrators","Alias","S-1-5-32-544","Group used for deny only"',
      '"Mandatory Label\\Medium Mandatory Level","Label","S-1-16-8192",""',
    ].join('\r\n');
    const { run } = fakeRunner({ 'powershell.exe': ok(system), 'reg.exe': ok(leakyReg), 'whoami.exe': ok(whoami) });
    const text = await runReport({ json: false, copy: false }, deps({ run }));
    expect(text.stdout).toContain('Account type: Microsoft account\nAdministrator: yes; running as administrator: no\n');
    const json = await runReport({ json: true, copy: false }, deps({ run }));
    expect(JSON.parse(json.stdout)).toMatchObject({ account: { type: 'microsoft' }, admin: { member: true, elevated: false } });
    for (const secret of [...FORBIDDEN, MSA_SID, USER_SID, 'S-1-5-21', 'S-1-11-96', 'MicrosoftAccount\\']) {
      expect(text.stdout, secret).not.toContain(secret);
      expect(json.stdout, secret).not.toContain(secret);
    }
  });

  it('a Windows Server (InstallationType "Server") is not named Windows 10/11 by its build (review W5)', async () => {
    const server = fakeWindows({ powershell: ok(leakyCim), reg: { [CURRENT_VERSION]: ok(readFixture('reg-currentversion-server2022.txt')) }, registry: {} });
    const text = await runReport({ json: false, copy: false }, deps({ run: server.run, osRelease: '10.0.20348' }));
    expect(text.stdout).toContain('\nWindows: Windows (version unknown), build 20348\n');
    const json = JSON.parse((await runReport({ json: true, copy: false }, deps({ run: server.run, osRelease: '10.0.20348' }))).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ windows: { name: 'Windows (version unknown)', build: 20348 } });
    // Server 2025 shares Windows 11's build.
    const core = fakeWindows({ powershell: ok(leakyCim), reg: { [CURRENT_VERSION]: ok(readFixture('reg-currentversion-win11-23h2.txt').replace('InstallationType    REG_SZ    Client', 'InstallationType    REG_SZ    Server Core')) }, registry: {} });
    expect((await runReport({ json: false, copy: false }, deps({ run: core.run }))).stdout).toContain('\nWindows: Windows (version unknown), build 22631\n');
    // A client's InstallationType keeps the name by build.
    const client = fakeWindows({ powershell: ok(leakyCim), reg: { [CURRENT_VERSION]: ok(readFixture('reg-currentversion-win11-23h2.txt')) }, registry: {} });
    expect((await runReport({ json: false, copy: false }, deps({ run: client.run }))).stdout).toContain('\nWindows: Windows 11, build 22631\n');
  });

  it('says activation could not be read on other platforms, without running anything', async () => {
    const { run, calls } = fakeRunner({});
    const result = await runReport({ json: false, copy: false }, deps({ platform: 'linux', run, osRelease: '6.1.0' }));
    expect(result.stdout).toContain('Windows: not Windows (linux)\nRunning under Wine: no\nRuntime: Node 24.21.0 (x64), the standalone executable\nActivation: could not be read (not Windows: linux)\n');
    expect(calls).toEqual([]);
  });

  it('copies with clip.exe on Windows, as UTF-16 with a byte order mark', async () => {
    const inputs: { file: string; input: Buffer }[] = [];
    const runWithInput: InputRunner = (file, _args, input) => {
      inputs.push({ file, input });
      return Promise.resolve({ stdout: '', stderr: '', code: 0, timedOut: false, notFound: false });
    };
    const result = await runReport({ json: false, copy: true }, deps({ runWithInput }));
    expect(result).toMatchObject({ code: 0, stderr: 'Copied to the clipboard (clip.exe).\n' });
    expect(inputs[0]?.file).toBe('C:\\Windows\\System32\\clip.exe');
    expect(inputs[0]?.input.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(inputs[0]?.input.subarray(2).toString('utf16le')).toBe(result.stdout);
  });

  it('tries wl-copy, then xclip; says so and exits 1 when none works', async () => {
    const tried: string[] = [];
    const missing: InputRunner = (file) => {
      tried.push(file);
      return Promise.resolve({ stdout: '', stderr: '', code: null, timedOut: false, notFound: true });
    };
    const linux = { platform: 'linux' as const, run: fakeRunner({}).run, clipboard: clipboardTools('linux') };
    const none = await runReport({ json: false, copy: true }, deps({ ...linux, runWithInput: missing }));
    expect(tried).toEqual(['wl-copy', 'xclip']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('support summary');
    expect(none.stderr).toBe('winlink-tutor: No clipboard program worked (tried wl-copy (not installed), xclip (not installed)); copy the text above by hand.\n');

    const xclipOnly: InputRunner = (file) => Promise.resolve({ stdout: '', stderr: '', code: file === 'xclip' ? 0 : null, timedOut: false, notFound: file !== 'xclip' });
    const copied = await runReport({ json: false, copy: true }, deps({ ...linux, runWithInput: xclipOnly }));
    expect(copied).toMatchObject({ code: 0, stderr: 'Copied to the clipboard (xclip).\n' });
    expect(clipboardTools('darwin')).toEqual([{ file: 'pbcopy', args: [], encoding: 'utf8' }]);
  });
});
