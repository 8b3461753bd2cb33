import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/commands/validate.js';
import { loadCourse } from '../../src/course/load-course.js';
import { parseLesson } from '../../src/course/parse-lesson.js';

const front = '---\nid: demo\ntitle: Demo\nsummary: A demo.\nminutes: 1\n---\n';
const messages = (source: string) => parseLesson(source, 'demo.md').errors.map((error) => `${error.line}: ${error.message}`);

describe('code fences that are never closed', () => {
  it('are reported at the opening fence instead of swallowing the steps after them', () => {
    const source = `${front}\n## One\n\nText.\n\n\`\`\`js\ncode\n\n## Two\n\nMore.\n`;
    expect(messages(source)).toEqual(['12: code fence opened here is never closed (end it with a line of ```)']);
  });

  it('count only a closing fence of the same character and at least the same length', () => {
    expect(messages(`${front}\n## One\n\n~~~~\ncode\n~~~\n`)).toEqual(['10: code fence opened here is never closed (end it with a line of ~~~~)']);
    expect(messages(`${front}\n## One\n\n\`\`\`\ncode\n~~~\n`)).toHaveLength(1);
    expect(messages(`${front}\n## One\n\n  \`\`\`\ncode\n   \`\`\`\`  \n\nAfter.\n`)).toEqual([]);
  });

  it('include a task block left open at the end of the file, and one inside a variant block', () => {
    expect(messages(`${front}\n## One\n\n\`\`\`task\nopen: ms-settings:activation\n`)).toEqual(['10: code fence opened here is never closed (end it with a line of ```)']);
    expect(messages(`${front}\n## One\n\n::: windows 11\nText.\n\n\`\`\`\ncode\n:::\n\nAfter.\n`)).toEqual(['13: code fence opened here is never closed (end it with a line of ```)']);
  });

  it('make validate exit 1 and the loader refuse the lesson', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'winlink-fence-'));
    const file = path.join(dir, '01-demo.md');
    writeFileSync(file, `${front}\n## One\n\n\`\`\`\ncode\n\n## Two\n\nMore.\n`);
    const result = runValidate(dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}:10: code fence opened here is never closed`);
    expect(loadCourse(dir).course.lessons).toEqual([]);
  });
});
