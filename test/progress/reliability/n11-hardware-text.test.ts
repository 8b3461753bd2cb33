/**
 * N11 (reliability review 2026-12): text fields of the progress file's hardware record reached
 * the terminal unsanitized: `status` printed a raw C1 CSI, and lesson 4 sent an OSC 8 link to
 * file:///etc/passwd. Everything read from the file is made safe before it is drawn.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseFile } from '../../../src/progress/file-format.js';
import { assertBuilt, runCli } from '../../robustness/helpers/cli.js';
import { tempDir } from '../helpers.js';

const hostile = {
  format: 'winlink-tutor-progress',
  version: 2,
  counter: 1,
  courses: {
    builtin: {
      generation: 0,
      lessonGenerations: {},
      windows: null,
      lastLesson: null,
      lessons: {},
      hardware: {
        edition: 'Pro\u202E',
        channel: 'Retail',
        activation: 'activated',
        windows: 'Windows 11',
        deviceName: 'PC\u001b]8;;file:///etc/passwd\u0007click me\u001b]8;;\u0007',
        linked: true,
        recordedOn: '2026-01-01\u009b2J',
      },
    },
  },
};
// ESC, BEL, C1 CSI, and the bidi override.
const UNSAFE = /[\u001b\u0007\u009b\u202e]/;

it('the record read from the file holds no control characters', () => {
  const record = parseFile(JSON.stringify(hostile)).courses.builtin?.hardware;
  expect(record?.deviceName).toBe('PC\uFFFD]8;;file:///etc/passwd\uFFFDclick me\uFFFD]8;;\uFFFD');
  expect(record?.recordedOn).toBe('2026-01-01\uFFFD2J');
  expect(Object.values(record ?? {}).some((value) => typeof value === 'string' && UNSAFE.test(value))).toBe(false);
});

it('the repro: `status` (text and JSON) prints none of them', () => {
  assertBuilt();
  const configHome = tempDir('winlink-n11-');
  mkdirSync(path.join(configHome, 'winlink-tutor'));
  writeFileSync(path.join(configHome, 'winlink-tutor', 'config.json'), JSON.stringify(hostile));
  for (const args of [['status'], ['status', '--json']]) {
    const result = runCli(args, { configHome });
    expect(result.stdout.length, args.join(' ')).toBeGreaterThan(0);
    expect(UNSAFE.test(result.stdout), args.join(' ')).toBe(false);
  }
});
