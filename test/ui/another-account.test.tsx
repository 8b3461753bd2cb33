// Review W4: run as another account ("Run as administrator" with a parent's password), the
// tutorial saves progress in that account's folder. The start screen says so, names the folder
// and says what to do.
import { describe, expect, it } from 'vitest';
import type { Prober } from '../../src/probes/prober.js';
import { testCourse } from '../fixtures/course.js';
import { tick } from './keys.js';
import { renderSizedApp } from './sized-app.js';

const FOLDER = 'C:\\Users\\papa\\AppData\\Roaming\\winlink-tutor\\Config';

/** A Prober whose only answer is who this runs as; anything else the start screen asks fails the test. */
function fakeProber(other: { readonly progressFolder: string } | null) {
  let asked = 0;
  const refuse = () => Promise.reject(new Error('not asked on the start screen'));
  const prober: Prober = {
    read: refuse,
    privacy: refuse,
    system: refuse,
    activation: refuse,
    async anotherAccount() {
      asked++;
      await tick(5);
      return other;
    },
  };
  return { prober, asked: () => asked };
}

/** The frame's text with the lines joined, so a wrapped sentence can be matched whole. */
const joined = (frame: string) => frame.split('\n').map((line) => line.trim()).join(' ');

describe('start screen, running as another account (fake prober)', () => {
  it('names the other account\'s progress folder and what to do', async () => {
    const windows = fakeProber({ progressFolder: FOLDER });
    const app = await renderSizedApp({ course: testCourse(), columns: 80, rows: 24, onWindows: true, prober: windows.prober });
    await app.waitFor('Running as another account');
    const text = joined(app.frame());
    expect(text).toContain(`progress is saved in its folder, ${FOLDER}.`);
    expect(text).toContain('To keep your own progress, start the tutorial without "Run as administrator".');
    expect(windows.asked()).toBe(1);
  });

  it('says nothing when this runs as the signed-in user (or that cannot be told)', async () => {
    const windows = fakeProber(null);
    const app = await renderSizedApp({ course: testCourse(), columns: 80, rows: 24, onWindows: true, prober: windows.prober });
    await tick(100);
    expect(windows.asked()).toBe(1);
    expect(app.frame()).not.toContain('another account');
  });

  it('is not asked off Windows', async () => {
    const windows = fakeProber({ progressFolder: FOLDER });
    const app = await renderSizedApp({ course: testCourse(), columns: 80, rows: 24, onWindows: false, prober: windows.prober });
    await tick(100);
    expect(windows.asked()).toBe(0);
    expect(app.frame()).not.toContain('another account');
  });

  it('a short window keeps the list: the notice takes one line', async () => {
    const windows = fakeProber({ progressFolder: FOLDER });
    const app = await renderSizedApp({ course: testCourse(), columns: 60, rows: 10, onWindows: true, prober: windows.prober });
    const frame = await app.waitFor('Running as another account');
    expect(frame.split('\n').filter((line) => line.includes('another account') || line.includes(FOLDER))).toHaveLength(1);
    expect(frame).toContain('1. ');
  });
});
