// The lock's messages reach the user inside "Not saved yet: {message}": each lock error carries a
// sentence said in the user's language, and in English it says exactly its message (logs, tests).
import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sayEnglish, sayer } from '../../src/i18n/say.js';
import { holderIdentity, LockBrokenError, LockBusyError, withFileLock, type LockFs } from '../../src/progress/file-lock.js';
import { errorSentence } from '../../src/progress/error-sentence.js';
import { outsideCatalog, pseudo } from '../i18n/pseudo-catalog.js';
import { idleProcesses, tempDir } from './helpers.js';

const processes = idleProcesses();
afterAll(() => processes.stopAll());

function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('nothing thrown');
}

/** One lock error of each kind a user can meet. */
function lockErrors(): Error[] {
  const dir = tempDir();
  const file = (name: string) => path.join(dir, name, 'config.json');
  for (const name of ['busy', 'leftover', 'unknown', 'folder', 'unreadable']) nodeFs.mkdirSync(path.join(dir, name));
  const pid = processes.start();
  nodeFs.writeFileSync(`${file('busy')}.lock`, holderIdentity(pid));
  nodeFs.writeFileSync(`${file('leftover')}.lock`, `${pid} ${hostname()} - -`);
  nodeFs.writeFileSync(`${file('unknown')}.lock`, 'x other-host');
  nodeFs.mkdirSync(`${file('folder')}.lock`);
  nodeFs.writeFileSync(`${file('unreadable')}.lock`, '1');
  const denied: LockFs = {
    ...nodeFs,
    openSync: ((target: string, flags: nodeFs.OpenMode = 'r', mode?: nodeFs.Mode) => {
      if (target.endsWith('.lock') && flags !== 'wx') throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return nodeFs.openSync(target, flags, mode);
    }) as typeof nodeFs.openSync,
  };
  return [
    thrown(() => withFileLock(file('busy'), () => 0, 20)),
    thrown(() => withFileLock(file('leftover'), () => 0, 20)),
    thrown(() => withFileLock(file('unknown'), () => 0, 20)),
    thrown(() => withFileLock(file('folder'), () => 0, 20)),
    thrown(() => withFileLock(file('unreadable'), () => 0, 20, denied)),
  ];
}

describe('lock errors', () => {
  it('say in English exactly their message, and in another language only catalog words', () => {
    const errors = lockErrors();
    expect(errors.map((error) => error.constructor)).toEqual([LockBusyError, LockBusyError, LockBusyError, LockBrokenError, LockBrokenError]);
    const pseudoSay = sayer(pseudo);
    for (const error of errors) {
      const sentence = errorSentence(error);
      expect(typeof sentence, error.message).toBe('object');
      if (typeof sentence === 'string') continue;
      expect(sayEnglish(sentence)).toBe(error.message);
      // Outside the brackets only data: names, paths, numbers, codes.
      expect(outsideCatalog(pseudoSay(sentence)), error.message).not.toMatch(/\b(?:remove|another|process|cannot|is|it)\b/);
    }
  });
});
