/**
 * R08: when moving an unreadable file aside fails (on Windows: antivirus, the indexer or an
 * editor briefly holding config.json, i.e. the EPERM/EBUSY the save path retries 8 times for),
 * moveAside() says "the tutorial starts fresh without changing it" - and update() then goes on
 * and renames its new file over it. README: "A file that is not a progress file of ours is never
 * used or overwritten." Also: moveAside() has no retry and ignores the injected fs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { sayEnglish, sayer, sayMessage } from '../../../src/i18n/say.js';
import { translator } from '../../../src/i18n/ui-strings.js';
import { errorSentence } from '../../../src/progress/error-sentence.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const renameSync = (from: import('node:fs').PathLike, to: import('node:fs').PathLike) => {
    if (String(to).includes('.corrupt-')) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${String(from)}'`), { code: 'EBUSY' });
    return real.renameSync(from, to);
  };
  return { ...real, renameSync, default: { ...real, renameSync } };
});

const { openProgressStore } = await import('../../../src/progress/store.js');
const { atStep, change, tempDir } = await import('../helpers.js');

it('an unreadable file that cannot be moved aside is never overwritten; the save waits', () => {
  const dir = tempDir();
  const file = path.join(dir, 'config.json');
  const precious = '{"version":1,"lessons":{"why-link":{"currentStep":"x","completed":[],"answers":{},"finished":false,"updatedAt":1e999 }}} trailing garbage';
  writeFileSync(file, precious);
  const store = openProgressStore({ dir });
  store.load();
  expect(sayEnglish(store.notice!)).toMatch(/could not be read/);
  expect(() => change(store, atStep('a', 'a1'))).toThrow(/could not be moved aside/);
  // What "Could not save progress: …" says in the user's language.
  let thrown: unknown;
  try {
    change(store, atStep('a', 'a1'));
  } catch (error) {
    thrown = error;
  }
  expect(sayMessage(sayer(translator('de'), 'de-DE'), errorSentence(thrown))).toBe('die unlesbare Fortschrittsdatei konnte nicht verschoben werden (EBUSY); sie wurde unverändert belassen');
  expect(sayEnglish(store.notice!)).toMatch(/nor moved aside/);
  const now = readFileSync(file, 'utf8');
  expect(now).toBe(precious);
});
