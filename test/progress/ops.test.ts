import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressData } from '../../src/progress/model.js';
import { applyOps, diffProgress, pruneProgress, resetCourse, resetLesson } from '../../src/progress/ops.js';
import { atStep } from './helpers.js';

const base = atStep('a', 'a2', ['a1'], { answers: { q: { option: 'x' } } })(emptyProgress());

describe('progress ops', () => {
  it('a diff carries only what changed', () => {
    const moved = atStep('a', 'a3', ['a1', 'a2'], { answers: { q: { option: 'x' } } })(base);
    expect(diffProgress(base, moved).map((op) => op.change)).toEqual([
      { kind: 'position', lesson: 'a', step: 'a3', index: 0 },
      { kind: 'tick', lesson: 'a', step: 'a2', done: true },
      // "Continue" follows the lesson of the latest change.
      { kind: 'lastLesson', lesson: 'a' },
    ]);
    expect(diffProgress(base, base)).toEqual([]);
  });

  it('applies onto what is on disk now, keeping what the other window did', () => {
    const other: ProgressData = atStep('b', 'b5', ['b1'])(base);
    const mine = diffProgress(base, { ...atStep('a', 'a2', [])(base), windows: '10' });
    const { progress, dropped } = applyOps(other, mine);
    expect(dropped).toBe(0);
    expect(progress.lessons.b?.currentStep).toBe('b5');
    expect(progress.lessons.a?.completed).toEqual([]);
    expect(progress.windows).toBe('10');
  });

  it('drops changes made before a reset their window had not seen', () => {
    const ops = diffProgress(base, atStep('a', 'a3', ['a1', 'a2'])(base));
    const reset = applyOps(resetCourse(base), ops);
    expect(reset).toMatchObject({ dropped: ops.length, progress: { lessons: {} } });
    expect(reset.progress.generation).not.toBe(0);
    const lessonReset = resetLesson(atStep('b', 'b1')(base), 'a');
    const after = applyOps(lessonReset, [...ops, ...diffProgress(base, atStep('b', 'b2')(base))]);
    expect(Object.keys(after.progress.lessons)).toEqual(['b']);
    expect(after.progress.lessons.b?.currentStep).toBe('b2');
  });

  it('lesson ids that are also Object.prototype names are plain ids', () => {
    const tricky = atStep('constructor', 's1', ['__proto__'])(atStep('__proto__', 's2')(emptyProgress()));
    const { progress } = applyOps(emptyProgress(), diffProgress(emptyProgress(), tricky));
    expect(Object.keys(progress.lessons).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(progress.lessons, 'constructor')?.value).toMatchObject({ completed: ['__proto__'] });
    expect(Object.getPrototypeOf(progress.lessons)).toBe(Object.prototype);
    expect(Object.keys(resetLesson(progress, 'constructor').lessons)).toEqual(['__proto__']);
  });

  it('prunes lessons and steps the course no longer has', () => {
    const pruned = pruneProgress(atStep('gone', 'x')(base), new Map([['a', new Set(['a2'])]]));
    expect(Object.keys(pruned.lessons)).toEqual(['a']);
    expect(pruned.lessons.a).toMatchObject({ completed: [], answers: {} });
    expect(pruned.lastLesson).toBeNull();
  });
});
