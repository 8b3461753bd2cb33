import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { sayer, sayMessage } from '../../src/i18n/say.js';
import { translator } from '../../src/i18n/ui-strings.js';
import { errorSentence } from '../../src/progress/error-sentence.js';
import { MAX_FILE_BYTES } from '../../src/progress/progress-file.js';
import { openProgressStore } from '../../src/progress/store.js';
import { atStep, change, tempDir } from './helpers.js';

// The save errors a user reads inside "Could not save progress: …" are said in their language;
// their English message stays as it was (logs, tests).
function saveError(dir: string): unknown {
  try {
    change(openProgressStore({ dir }), atStep('why-link', 'welcome'));
  } catch (error) {
    return error;
  }
  return null;
}

it('a file that would grow past the cap: said in German, same English message', () => {
  const dir = tempDir();
  // Another course whose folder is still there (never pruned) fills the file to the cap.
  const folder = mkdtempSync(path.join(tmpdir(), 'course-'));
  const text = (pad: string) => JSON.stringify({ format: 'winlink-tutor-progress', version: 2, counter: 1, courses: { [`dir:${folder}`]: { generation: 0, lessonGenerations: {}, windows: null, lastLesson: pad, lessons: {} } } });
  writeFileSync(path.join(dir, 'config.json'), text('x'.repeat(MAX_FILE_BYTES - 100 - Buffer.byteLength(text('')))));
  const error = saveError(dir);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toBe('the progress file would grow too large');
  expect(sayMessage(sayer(translator('de'), 'de-DE'), errorSentence(error))).toBe('die Fortschrittsdatei würde zu groß werden');
});
