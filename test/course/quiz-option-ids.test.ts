import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/course/parse-lesson.js';

const quiz = (options: string) =>
  parseLesson(`---\nid: q\ntitle: Q\nsummary: s\nminutes: 1\n---\n\n## Quiz {#quiz}\n\n\`\`\`quiz\nquestion: Which?\noptions:\n${options}explanation: Because.\n\`\`\`\n`, 'q.md');

describe('quiz option ids', () => {
  it('come from the text unless given', () => {
    const parsed = quiz('  - text: Reactivate after a change\n    correct: true\n  - text: Upgrade Home\n    id: upgrade\n');
    const step = parsed.lesson?.steps[0];
    expect(step?.kind === 'quiz' ? step.options.map((option) => option.id) : []).toEqual(['reactivate-after-a-change', 'upgrade']);
  });

  it('must be unique and kebab-case', () => {
    expect(quiz('  - text: Same\n    correct: true\n  - text: same\n').errors[0]?.message).toMatch(/id "same" is used by another option/);
    expect(quiz('  - text: A\n    correct: true\n    id: Not Kebab\n  - text: B\n').errors[0]?.message).toMatch(/id must be kebab-case/);
  });
});
