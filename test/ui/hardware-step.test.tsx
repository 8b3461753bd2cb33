import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.js';
import { lesson } from '../fixtures/course.js';
import { emptyProgress, type HardwareRecord, type ProgressData } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import type { HardwareNow } from '../../src/windows/hardware-record.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { tick, typeWithRedraw } from './keys.js';
import { resizeTo } from './resize.js';

const SOURCE = `---
id: hardware
title: Hardware
summary: Record this PC.
minutes: 1
---

## Record this PC {#record}

Record it.

\`\`\`check
show: hardware
\`\`\`

## After {#after}

Done.
`;

function course(): Course {
  return { title: 'Hardware course', lessons: [lesson(SOURCE, '01-hardware.md')] };
}

const PC: HardwareNow = { checked: true, edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'DESKTOP-OLD' };

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

async function renderStep(readHardware: () => Promise<HardwareNow | null>, progress: ProgressData = emptyProgress()) {
  const shown = course();
  const { sync, saves } = memorySync(progress);
  const app = render(<App course={shown} initial={initialState(shown, progress, { lessonIndex: 0 })} sync={sync} styles={plainStyles} readHardware={readHardware} />);
  cleanup = app.unmount;
  // Tall enough to show the whole step: record and comparison.
  await resizeTo(app.stdout, 80, 60);
  const frame = () => (app.lastFrame() ?? '').replace(/\s+/g, ' ');
  return { frame, type: (...input: string[]) => typeWithRedraw(app, input), saves };
}

describe('the hardware-record step', () => {
  it('shows this PC, takes the linked answer with l, records with r and saves it', async () => {
    const { frame, type, saves } = await renderStep(async () => PC);
    await tick(100);
    expect(frame()).toMatch(/This PC now: Edition: Pro License channel: Retail Activation: activated/);
    expect(frame()).toMatch(/Device name: DESKTOP-OLD/);
    expect(frame()).toMatch(/linked to your Microsoft account\."\? not noted yet/);
    await type('l');
    expect(frame()).toMatch(/Microsoft account\."\? yes/);
    await type('r');
    expect(frame()).toMatch(/Recorded on \d{4}-\d\d-\d\d:/);
    expect(frame()).toMatch(/Compared with now:/);
    const saved = saves.at(-1)?.hardware;
    expect(saved).toMatchObject({ edition: 'Pro', channel: 'Retail', deviceName: 'DESKTOP-OLD', linked: true });
    expect(saves.at(-1)?.lessons.hardware?.completed).toContain('record');
  });

  it('after the change: compares with the record and says what differs', async () => {
    const record: HardwareRecord = { ...PC, activation: 'activated', linked: true, recordedOn: '2026-11-20' };
    const { frame } = await renderStep(async () => ({ ...PC, edition: 'Home', activation: 'not-activated' }), { ...emptyProgress(), hardware: record });
    await tick(100);
    expect(frame()).toMatch(/Recorded on 2026-11-20/);
    expect(frame()).toMatch(/Edition was Pro, now Home: reactivation will fail until the edition matches/);
    expect(frame()).toMatch(/Microsoft account\."\? yes/);
  });

  it('off Windows: says recording needs Windows, and r records nothing', async () => {
    const { frame, type, saves } = await renderStep(async () => null);
    await tick(100);
    expect(frame()).toMatch(/Recording works on Windows only/);
    await type('r');
    expect(saves.every((saved) => saved.hardware === null)).toBe(true);
  });
});
