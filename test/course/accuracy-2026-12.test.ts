// Pins each point of the December 2026 fact audit (../shared/reviews/accuracy-2026-12.md, issue 20)
// that the lesson text fixes, with the source the lesson's SOURCES comment must cite for it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuizStep } from '../../src/course/types.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { englishCourse, sources, step } from './shipped-text.js';

const course = englishCourse;

const WHY_CANT_ACTIVATE = 'https://support.microsoft.com/windows/why-can-t-i-activate-windows-73ea9956-a4cd-9bc6-17c2-255ec26db204';

describe('lesson 4, after a hardware change', () => {
  it('N-U1: cites Microsoft on repaired or rebuilt PCs instead of saying it documents nothing', () => {
    const text = step('after-hardware-change', 'when-you-need-this');
    expect(text).not.toContain("Microsoft doesn't document this case");
    expect(text).toContain("Microsoft's help for a repaired or rebuilt PC says to reinstall the original version of Windows");
    expect(sources('04-after-a-hardware-change.md')).toContain(WHY_CANT_ACTIVATE);
  });

  it('N-O2: says where to check the recovery key, and offers suspending BitLocker as optional', () => {
    const text = step('after-hardware-change', 'before-you-change');
    expect(text).toContain('aka.ms/myrecoverykey');
    expect(text).toMatch(/suspending BitLocker protection for the change\. .*so it's optional/);
    expect(sources('04-after-a-hardware-change.md')).toContain('bitlocker/recovery-overview (for planned hardware or firmware changes, recovery can be avoided by temporarily suspending');
  });

  it('O5 / N-U5: the edition advice depends on the direction', () => {
    const text = step('after-hardware-change', 'check-edition');
    expect(text).toContain('License for Pro, Home installed: Microsoft said in 2016 that the troubleshooter offers to upgrade such a PC to Pro');
    expect(text).toContain('License for Home, Pro installed: nothing switches it back. Install Home again.');
  });

  it('N-O6 and the fresh pass: an unlinked digital license with no key has a route', () => {
    expect(step('after-hardware-change', 'when-you-need-this')).toContain('Digital license not linked, and no key (for example a free upgrade)');
    // Routes audit #5: phone activation needs a product key, so it is no longer offered here.
    expect(step('after-hardware-change', 'what-next')).toMatch(/Digital license with no key .* that wasn't linked: you have no key to enter, so contact Microsoft support\./);
  });
});

describe('lesson 7, the recap', () => {
  it('N-I1: the "Change product key" rule agrees with lesson 4 (any key you activated with, not only retail)', () => {
    const quiz = course.lessons.find((lesson) => lesson.id === 'recap')?.steps.find((candidate) => candidate.id === 'quiz-reactivate') as QuizStep;
    const why = quiz.options.find((option) => option.text === 'Change product key')?.why ?? '';
    expect(why).not.toMatch(/only if .*retail/);
    expect(why).toContain("It's the route if you activated with a key");
    // Lesson 4 says the same: a PC activated with a key goes straight to entering it.
    expect(step('after-hardware-change', 'when-you-need-this')).toContain('Product key: Microsoft says you need that key again. Enter it with "Change product key"');
  });
});

describe('lesson 2, before you start', () => {
  it('N-O3: Windows 11 Pro set up for personal use also needs a Microsoft account', () => {
    expect(step('before-you-start', 'account-type')).toContain('So does Pro when it is set up for personal use');
    expect(sources('02-before-you-start.md')).toContain('build 22557');
  });

  it('N-O4: version 24H2 and older no longer get security updates on Home and Pro', () => {
    expect(step('before-you-start', 'support-status')).toContain('version 24H2 and older no longer get security updates');
    expect(sources('02-before-you-start.md')).toContain('lifecycle/products/windows-11-home-and-pro');
  });
});

describe('lesson 5, privacy controls', () => {
  it('N-I2: location services is a device-wide switch, per-user only for which apps use it', () => {
    const text = step('privacy-controls', 'your-choices');
    expect(text).toContain('the main switch for location services');
    expect(text).not.toMatch(/for each user the advertising ID, location,/);
  });

  it('N-O5: points to Recall on Copilot+ PCs', () => {
    expect(step('privacy-controls', 'your-choices')).toContain('On a Copilot+ PC, also look at Recall');
    expect(sources('05-privacy-controls.md')).toContain('privacy-and-control-over-your-recall-experience');
  });

  it('N-I3: teaches the two Diagnostics & feedback switches the checkup reads or names', () => {
    const text = step('privacy-controls', 'diagnostics-feedback');
    expect(text).toContain('"Feedback frequency": how often Windows asks for your feedback');
    // Windows 11 24H2's own words for the switch (the label catalog), not the community's "&".
    expect(text).toContain('"Improve inking and typing"');
  });

  it('N-I4: "diagnostic data off" is not a Home/Pro level; Windows treats it as Required', () => {
    expect(step('privacy-controls', 'diagnostics-feedback')).toContain('the "diagnostic data off" level exists only on Enterprise, Education and Server, and elsewhere Windows treats it as Required');
    expect(sources('05-privacy-controls.md')).toContain('equivalent to setting the value of 1');
  });

  it('O11: the Diagnostic Data Viewer is a Store download that can use about 1 GB; turn viewing off after', () => {
    const text = step('privacy-controls', 'diagnostic-data-viewer');
    expect(text).toContain('download from the Microsoft Store');
    expect(text).toContain('up to about 1 GB');
    expect(text).toContain('turning it off again when you\'re done');
  });

  it('keeps list continuation lines at the list indent (no "type and   write")', () => {
    expect(readFileSync(path.join(DEFAULT_LESSONS_DIR, '05-privacy-controls.md'), 'utf8')).not.toMatch(/\n {4}write, to improve/);
  });
});

describe('README privacy table', () => {
  const readme = readFileSync(path.join(DEFAULT_LESSONS_DIR, '..', 'README.md'), 'utf8');
  const row = (id: string) => readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`)) ?? '';

  it('N-E1: the two Enterprise/Education-only policies are not said to manage the switch on Home or Pro', () => {
    expect(row('suggested-content')).toContain('on Enterprise and Education only');
    expect(row('tailored-experiences')).toContain('`DisableWindowsConsumerFeatures` is not this switch\'s policy and does not apply to Home or Pro');
  });

  it('N-I4 / N-U2: value 0 is treated as Required on Home/Pro; DisableMFUTracking carries its caveat', () => {
    expect(row('diagnostic-data')).toContain('on Home and Pro Windows treats it as required');
    expect(row('app-launch-tracking')).toContain('may not govern this switch');
  });
});
