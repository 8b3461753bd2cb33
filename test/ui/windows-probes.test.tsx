import { describe, expect, it } from 'vitest';
import { said } from '../../src/probes/sentence.js';
import type { PrivacyReading } from '../../src/probes/privacy-probe.js';
import type { ProbeAnswer, Prober } from '../../src/probes/prober.js';
import { emptyProgress, isConfirmed } from '../../src/progress/model.js';
import { privacyReadings, verifyCourse } from '../fixtures/verify-course.js';
import { keys, tick } from './keys.js';
import { renderSizedApp } from './sized-app.js';

const course = verifyCourse();

/** A Prober that answers what the test says Windows shows now, and counts what it was asked. */
function fakeWindows(options: { readonly readMs?: number; readonly privacy?: readonly (readonly PrivacyReading[])[] } = {}) {
  const answers = new Map<string, ProbeAnswer>();
  const reads: { readonly id: string; readonly fresh: boolean }[] = [];
  const privacy = [...(options.privacy ?? [])];
  let running = 0;
  let mostAtOnce = 0;
  const runningOf = new Map<string, number>();
  const mostOf = new Map<string, number>();
  const prober: Prober = {
    async read(id, opts) {
      reads.push({ id, fresh: opts?.fresh === true });
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      runningOf.set(id, (runningOf.get(id) ?? 0) + 1);
      mostOf.set(id, Math.max(mostOf.get(id) ?? 0, runningOf.get(id)!));
      await tick(options.readMs ?? 1);
      running--;
      runningOf.set(id, runningOf.get(id)! - 1);
      return answers.get(id) ?? { value: null, text: said('probe.answer.unknown', { reason: 'could not read it.' }) };
    },
    async privacy() {
      return privacy.length > 1 ? privacy.shift()! : (privacy[0] ?? []);
    },
    // The App asks single probes (read) and privacy; these would show up as a failed test.
    system: () => Promise.reject(new Error('system() is not asked by the App')),
    activation: () => Promise.reject(new Error('activation() is not asked by the App')),
    anotherAccount: async () => null,
  };
  return { prober, answers, reads, readsOf: (id: string) => reads.filter((read) => read.id === id).length, mostAtOnce: () => mostAtOnce, mostAtOnceOf: (id: string) => mostOf.get(id) ?? 0 };
}

const onWindows = (windows: ReturnType<typeof fakeWindows>, extra: { progress?: ReturnType<typeof emptyProgress> } = {}) =>
  renderSizedApp({ course, columns: 80, rows: 24, lessonIndex: 0, onWindows: true, prober: windows.prober, verifyIntervalMs: 20, ...extra });

describe('the tutor asks Windows (fake prober)', () => {
  it('preselects the detected Windows version on the choice step; the user can still pick the other', async () => {
    const windows = fakeWindows();
    windows.answers.set('windows.version', { value: '11', text: said('probe.answer.windowsBuild', { name: 'Windows 11, 23H2', build: 22631 }) });
    const app = await onWindows(windows);
    const frame = await app.waitFor('Detected: Windows 11, 23H2, build 22631');
    expect(frame).toContain('> 2. Windows 11');
    expect(frame).not.toContain('Saved:');
    // Let the redraw's key handler take over before pressing a key.
    await tick(30);
    await app.press(keys.up);
    await app.press(keys.enter);
    expect(app.saves.at(-1)?.windows).toBe('10');
    expect(app.frame()).toContain('> 1. Windows 10');
  });

  it('a saved choice wins over the detected version, and an unknown version preselects nothing', async () => {
    const windows = fakeWindows();
    windows.answers.set('windows.version', { value: '11', text: said('probe.answer.windowsBuild', { name: 'Windows 11', build: 22631 }) });
    const saved = await onWindows(windows, { progress: { ...emptyProgress(), windows: '10' } });
    expect(await saved.waitFor('Detected: Windows 11, build 22631')).toContain('> 1. Windows 10');
    saved.unmount();
    const unknown = fakeWindows();
    const app = await onWindows(unknown);
    await tick(100);
    expect(unknown.readsOf('windows.version')).toBe(1);
    expect(app.frame()).not.toContain('Detected');
    expect(app.frame()).toContain('> 1. Windows 10');
  });

  it('ticks a verify step once Windows agrees, says "Confirmed by Windows", and saves it', async () => {
    const windows = fakeWindows();
    windows.answers.set('privacy.advertising-id', { value: 'on', text: said('probe.answer.on') });
    const app = await onWindows(windows);
    await app.press('n');
    expect(await app.waitFor('Windows says now: On')).toContain('[ ] Not done yet');
    expect(app.frame()).toContain('Windows can confirm this: advertising ID off.');
    // The user turns the switch off in Settings; the next check sees it.
    windows.answers.set('privacy.advertising-id', { value: 'off', text: said('probe.answer.off') });
    const frame = await app.waitFor('[x] Confirmed by Windows: I turned off the advertising ID');
    expect(frame).toContain('Windows says now: Off');
    await tick(50);
    expect(isConfirmed(app.saves.at(-1)?.lessons.privacy, 'ad-id')).toBe(true);
    expect(windows.reads.filter((read) => read.id === 'privacy.advertising-id').every((read) => read.fresh)).toBe(true);
  });

  it('stops asking once Windows confirmed the step (review K7)', async () => {
    const windows = fakeWindows();
    windows.answers.set('privacy.advertising-id', { value: 'off', text: said('probe.answer.off') });
    const app = await onWindows(windows);
    await app.press('n');
    await app.waitFor('[x] Confirmed by Windows: I turned off the advertising ID');
    await tick(50);
    const afterConfirmed = windows.readsOf('privacy.advertising-id');
    await tick(300);
    expect(windows.readsOf('privacy.advertising-id')).toBe(afterConfirmed);
  });

  it('never ticks from an unknown answer; a tick by the user says "Ticked by you"', async () => {
    const windows = fakeWindows();
    windows.answers.set('privacy.advertising-id', { value: null, text: said('probe.answer.default') });
    const app = await onWindows(windows);
    await app.press('n');
    await app.waitFor("Windows says now: Never changed: Windows' default applies.");
    const asked = windows.readsOf('privacy.advertising-id');
    for (let waited = 0; waited < 2000 && windows.readsOf('privacy.advertising-id') < asked + 3; waited += 10) await tick(10);
    expect(app.frame()).toContain('[ ] Not done yet');
    expect(app.saves.at(-1)?.lessons.privacy?.completed ?? []).not.toContain('ad-id');
    await app.press('x');
    expect(app.frame()).toContain('[x] Ticked by you: I turned off the advertising ID');
  });

  it('checks one read at a time, and stops asking once the step is left or the app is gone', async () => {
    const windows = fakeWindows({ readMs: 40 });
    const app = await onWindows(windows);
    await app.press('n');
    for (let waited = 0; waited < 2000 && windows.readsOf('privacy.advertising-id') < 3; waited += 10) await tick(10);
    expect(windows.mostAtOnce()).toBe(1);
    await app.press('n');
    await app.waitFor('Your account');
    await tick(60);
    const afterLeaving = windows.readsOf('privacy.advertising-id');
    await tick(200);
    expect(windows.readsOf('privacy.advertising-id')).toBe(afterLeaving);
    // The next step's own probe is asked now; leaving the app stops it too.
    expect(windows.readsOf('account.type')).toBeGreaterThan(0);
    app.unmount();
    await tick(60);
    const afterQuit = windows.reads.length;
    await tick(200);
    expect(windows.reads.length).toBe(afterQuit);
  });

  it('leaving and coming back while a read is still answering does not start a second one', async () => {
    const windows = fakeWindows({ readMs: 150 });
    const app = await onWindows(windows);
    await app.press('n');
    for (let waited = 0; waited < 1000 && windows.readsOf('privacy.advertising-id') < 1; waited += 5) await tick(5);
    await app.press('p');
    await app.press('n');
    await tick(400);
    expect(windows.readsOf('privacy.advertising-id')).toBeGreaterThan(1);
    // (The version question on the step between is another probe: it may run meanwhile.)
    expect(windows.mostAtOnceOf('privacy.advertising-id')).toBe(1);
  });

  it('ends the privacy lesson with what changed since it opened, or that nothing did', async () => {
    const changed = fakeWindows({ privacy: [privacyReadings({ 'advertising-id': 'on', location: 'on' }), privacyReadings({ 'advertising-id': 'off', location: 'on' })] });
    const app = await onWindows(changed);
    await tick(50);
    await app.press('G');
    await app.press('n');
    const frame = await app.waitFor('Advertising ID: on → off');
    expect(frame).toContain('Privacy settings changed since this lesson started:');
    expect(frame).not.toContain('Location');
    app.unmount();
    const same = fakeWindows({ privacy: [privacyReadings({ 'advertising-id': 'on' })] });
    const again = await onWindows(same);
    await tick(50);
    await again.press('G');
    await again.press('n');
    expect(await again.waitFor('Privacy settings: nothing changed since this lesson started.')).toContain('Lesson complete: Privacy');
  });

  it('off Windows it asks nothing and says quietly that Windows could confirm the step', async () => {
    const windows = fakeWindows();
    const app = await renderSizedApp({ course, columns: 80, rows: 24, lessonIndex: 0, onWindows: false, prober: windows.prober, verifyIntervalMs: 20 });
    await app.press('n');
    await tick(100);
    expect(app.frame()).toContain('Can be confirmed on Windows: advertising ID off.');
    expect(windows.reads).toEqual([]);
    await app.press('G');
    await app.press('n');
    expect(app.frame()).not.toContain('Privacy settings');
  });
});

describe('verifyInterval', () => {
  it('asks PowerShell-answered probes less often than registry ones', async () => {
    const { verifyInterval } = await import('../../src/ui/use-windows-probes.js');
    expect(verifyInterval('privacy.advertising-id', 3000)).toBe(3000);
    expect(verifyInterval('admin.member', 3000)).toBe(3000);
    expect(verifyInterval('account.type', 3000)).toBe(15000);
  });

  it('waits twice as long each time Windows repeats its answer, up to eight intervals (review K7)', async () => {
    const { verifyInterval } = await import('../../src/ui/use-windows-probes.js');
    expect([0, 1, 2, 3, 4, 10].map((repeats) => verifyInterval('privacy.advertising-id', 3000, repeats))).toEqual([3000, 6000, 12000, 24000, 24000, 24000]);
    expect(verifyInterval('account.type', 3000, 3)).toBe(120000);
    expect(verifyInterval('activation.state', 3000)).toBe(15000);
  });
});
