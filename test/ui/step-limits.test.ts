import { describe, expect, it } from 'vitest';
import { MAX_STEP_CHARS, STEP_CUT_WARNING } from '../../src/course/step-limits.js';
import { parseLesson } from '../../src/course/parse-lesson.js';
import type { Step } from '../../src/course/types.js';
import { plainStyles } from '../../src/text/styles.js';
import { english } from '../../src/i18n/ui-strings.js';
import { MAX_STEP_LINES, stepContent } from '../../src/ui/step-content.js';
import { outsideCatalog, pseudo } from '../i18n/pseudo-catalog.js';

const TEXT_CUT = english('step.textCut');

const context = { width: 80, styles: plainStyles, windows: null, saved: undefined, checkLines: null, openMessage: null } as const;
const textStep = (body: string): Step => ({ kind: 'text', id: 'long', title: 'Long', line: 8, body });

describe('a step too long to render in one frame', () => {
  it('one 500 KB word: only its beginning is rendered, and the cut is said on screen', () => {
    const started = performance.now();
    const { lines } = stepContent(textStep('a'.repeat(500_000)), context);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(lines.at(-1)).toBe(TEXT_CUT);
    expect(lines.length).toBeLessThanOrEqual(Math.ceil(MAX_STEP_CHARS / 80) + 1);
  });

  it('text that makes too many lines is cut at a line limit, also said on screen', () => {
    const { lines } = stepContent(textStep('- item\n'.repeat(8_000)), context);
    expect(lines).toHaveLength(MAX_STEP_LINES + 1);
    expect(lines.at(-1)).toBe(TEXT_CUT);
  });

  it('the cut is said in the user\'s language (from the catalog, no English left)', () => {
    expect(TEXT_CUT).toBe('… (text cut: step too long)');
    const cut = stepContent(textStep('- item\n'.repeat(8_000)), { ...context, t: pseudo }).lines.at(-1) ?? '';
    expect(cut).toContain('⟦');
    expect(outsideCatalog(cut)).toBe('');
  });

  it('an ordinary step is not cut', () => {
    expect(stepContent(textStep('Short text.'), context).lines).toEqual(['Short text.']);
  });

  it('validate warns about a step longer than the tutorial shows', () => {
    const source = `---\nid: long\ntitle: Long\nsummary: S\nminutes: 1\n---\n\n## Long\n\n${'word '.repeat(MAX_STEP_CHARS / 4)}\n`;
    const { lesson, warnings } = parseLesson(source, 'long.md');
    expect(lesson).not.toBeNull();
    expect(warnings).toEqual([{ file: 'long.md', line: 8, message: STEP_CUT_WARNING }]);
  });
});
