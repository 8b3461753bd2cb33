import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { parseLesson } from '../../src/course/parse-lesson.js';
import { deriveId, slugify } from '../../src/course/slug.js';
import type { QuizStep } from '../../src/course/types.js';
import { answeredOption } from '../../src/tutor/quiz-answer.js';

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


/** The review's repro (N10): a Russian quiz, then the same quiz with its options swapped. */
const RU_HEAD = '---\nid: ru\ntitle: Урок\nsummary: S\nminutes: 1\n---\n\n';
const ruQuiz = (options: string) => parseLesson(`${RU_HEAD}## Вопрос {#q}\n\n\`\`\`quiz\nquestion: Что?\noptions:\n${options}explanation: E\n\`\`\`\n\n## Конец {#end}\n\nx\n`, 'ru.md');
const YES = '  - text: "Да, всегда"\n    correct: true\n';
const NO = '  - text: "Нет"\n    why: нет\n';

function quizStep(parsed: ReturnType<typeof parseLesson>): QuizStep {
  const step = parsed.lesson?.steps[0];
  if (step?.kind !== 'quiz') throw new Error(`no quiz: ${JSON.stringify(parsed.errors)}`);
  return step;
}

describe('quiz option ids in any script (N10)', () => {
  it('a saved answer to a non-Latin option still names the same option after the options are reordered', () => {
    const before = quizStep(ruQuiz(YES + NO));
    const saved = { option: before.options[0]!.id };
    expect(saved.option).not.toMatch(/^option-\d+$/);
    const after = quizStep(ruQuiz(NO + YES));
    expect(answeredOption(after, saved)?.option.text).toBe('Да, всегда');
  });

  it('keeps the letters of the text (Cyrillic, Greek, CJK, Japanese), and hashes text without any', () => {
    const ids = quizStep(quiz('  - text: "Да, всегда"\n    correct: true\n  - text: Ναι\n  - text: 是的\n  - text: はい、そうです\n  - text: "!!!"\n  - text: "👍"\n')).options.map((option) => option.id);
    expect(ids.slice(0, 4)).toEqual(['да-всегда', 'ναι', '是的', 'はい-そうです']);
    expect(ids[4]).toMatch(/^text-[0-9a-f]{12}$/);
    expect(ids[5]).toMatch(/^text-[0-9a-f]{12}$/);
    expect(ids[4]).not.toBe(ids[5]);
  });

  it('ids derived from ASCII text are byte-identical to earlier releases (saved progress still maps)', () => {
    const golden = quizStep(quiz('  - text: "Yes — on a new PC, sign in & reactivate!"\n    correct: true\n  - text: Café au lait 2\n  - text: "Да, Windows 11"\n'));
    expect(golden.options.map((option) => option.id)).toEqual(['yes-on-a-new-pc-sign-in-reactivate', 'cafe-au-lait-2', 'windows-11']);
    // Every text of the shipped course derives the id the earlier rule gave it.
    const course = loadCourse(fileURLToPath(new URL('../../lessons', import.meta.url))).course;
    for (const step of course.lessons.flatMap((lesson) => lesson.steps)) {
      expect(deriveId(step.title)).toBe(slugify(step.title));
      if (step.kind === 'quiz') for (const option of step.options) expect(deriveId(option.text)).toBe(slugify(option.text));
    }
  });

  it('a step heading in Cyrillic gets an id from its letters instead of a misleading error', () => {
    const parsed = parseLesson(`${RU_HEAD}## Первый шаг\n\nтекст\n\n## Δεύτερο βήμα\n\nκείμενο\n`, 'ru.md');
    expect(parsed.errors).toEqual([]);
    expect(parsed.lesson?.steps.map((step) => step.id)).toEqual(['первый-шаг', 'δεύτερο-βήμα']);
  });
});
