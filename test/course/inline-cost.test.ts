/**
 * marked's inline lexer is quadratic on runs of `*` and `_` (reliability review 2026-12, N9):
 * 200 KB of `a_b_a_b…` made `validate` take 40 s and said OK. validate now says what is wrong,
 * and reads such a lesson without lexing the slow paragraph.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/commands/validate.js';
import { blocksTooCostly, INLINE_COST_MESSAGE } from '../../src/course/inline-cost.js';
import { lexBlocks } from '../../src/course/markdown.js';
import { parseLesson } from '../../src/course/parse-lesson.js';

const FRONT = '---\nid: x\ntitle: X\nsummary: S\nminutes: 1\n---\n\n';

/** The review's repro: one step whose paragraph is `a_b` repeated, then a normal step. */
function reviewLesson(chars: number, unit = 'a_b'): string {
  return `${FRONT}## One\n\n${unit.repeat(Math.floor(chars / unit.length))}\n\n## Two\n\nend\n`;
}

describe('paragraphs too costly for marked (N9)', () => {
  it('validate rejects the review\'s 200 KB `a_b_a_b…` step with file:line, instead of saying OK 40 s later', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winlink-n9-'));
    writeFileSync(path.join(dir, '01-x.md'), reviewLesson(200_000));
    const result = runValidate(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path.join(dir, '01-x.md')}:10: ${INLINE_COST_MESSAGE}`);
  });

  it('also `a*b` and `***a` runs, in a list item, a table cell, a quote, a heading and a quiz text', () => {
    const long = (unit: string) => unit.repeat(Math.floor(60_000 / unit.length));
    const cases = [
      `## One\n\n${long('a*b')}\n`,
      `## One\n\n${long('***a')}\n`,
      `## One\n\n- short\n- ${long('a_b')}\n`,
      `## One\n\n| h |\n|---|\n| ${long('a_b')} |\n`,
      `## One\n\n> ${long('a_b')}\n`,
      `## ${long('a_b')}\n\ntext\n`,
      `## One {#q}\n\n\`\`\`quiz\nquestion: "${long('a_b')}"\noptions:\n  - text: A\n    correct: true\n  - text: B\nexplanation: E\n\`\`\`\n`,
    ];
    for (const body of cases) {
      const parsed = parseLesson(`${FRONT}${body}`, 'x.md');
      expect(parsed.errors.map((error) => error.message).join('\n'), body.slice(0, 30)).toContain(INLINE_COST_MESSAGE);
    }
  });

  it('normal lessons, long lists of short items, code blocks and long plain text are fine', () => {
    expect(blocksTooCostly(lexBlocks(`${'- item_one with _some_ *emphasis*\n'.repeat(20_000)}`))).toBe(false);
    expect(blocksTooCostly(lexBlocks(`\`\`\`\n${'snake_case_name '.repeat(20_000)}\n\`\`\`\n`))).toBe(false);
    expect(blocksTooCostly(lexBlocks(`${'A line of lesson text that goes on. '.repeat(10_000)}\n`))).toBe(false);
    expect(blocksTooCostly(lexBlocks(`${'Some _emphasis_ and **strong** text in a real paragraph. '.repeat(80)}\n`))).toBe(false);
    expect(parseLesson(reviewLesson(2_000), 'x.md').errors).toEqual([]);
  });
});
