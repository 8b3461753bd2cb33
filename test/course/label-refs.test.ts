import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeCourse, plainLabels } from '../../src/course/label-refs.js';
import { loadCourse } from '../../src/course/load-course.js';
import { formatLessonError, type QuizStep, type TaskStep } from '../../src/course/types.js';
import { courseIn } from '../../src/i18n/cli-language.js';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const loaded = loadCourse(path.join(FIXTURES, 'label-lessons'));
const englishName = (label: string) => `${label} (English name)`;

describe('lessons that name Windows labels by key', () => {
  it('load without problems', () => {
    expect(loaded.errors).toEqual([]);
  });

  it("show German Windows' words, and say which label is the English name", () => {
    const lesson = localizeCourse(loaded.course, 'de-DE', englishName).lessons[0]!;
    const [open, quiz] = lesson.steps as [TaskStep, QuizStep];
    expect(open.body).toContain('**Einstellungen > System > Aktivierung**');
    expect(open.body).toContain('"Problembehandlung"');
    expect(open.body).toContain('**Update & Security (English name)**');
    expect(open.doneLabel).toBe('I opened Aktivierung');
    expect(quiz.options[0]?.text).toBe('Ich habe kürzlich die Gerätehardware geändert.');
    expect(quiz.explanation).toBe('Choose "Ich habe kürzlich die Gerätehardware geändert.".');
  });

  it('keep regional variants apart, and show English Windows its own words without a note', () => {
    const body = (language: string) => localizeCourse(loaded.course, language, englishName).lessons[0]!.steps[0]!.body;
    expect(body('es-ES')).toContain('"Solucionar problemas"');
    expect(body('es-MX')).toContain('"Solución de problemas"');
    expect(body('en-US')).toContain('**Settings > System > Activation**\nand select **"Troubleshoot"**');
    expect(body('en-US')).toContain('**Update & Security**.');
  });

  it('give quiz options the same ids in every language (from the English words)', () => {
    const ids = (language: string) => (localizeCourse(loaded.course, language, englishName).lessons[0]!.steps[1] as QuizStep).options.map((option) => option.id);
    expect(ids('ja-JP')).toEqual(['i-changed-hardware-on-this-device-recently', 'change-product-key']);
    expect(ids('ja-JP')).toEqual(ids('en-US'));
    expect(plainLabels('[Activation](label:settings.activation) page')).toBe('Activation page');
  });

  it('follow the chosen language through the CLI helper (Italian labels in English text)', () => {
    const course = courseIn(loaded.course, { language: { windows: 'it-IT', text: 'en' }, from: 'flag' });
    expect(course.lessons[0]!.steps[0]!.body).toContain('"Risoluzione dei problemi"');
  });
});

describe('validate and label references', () => {
  it('reports an unknown label, English words that are not Windows\', and a label in a heading, at file:line', () => {
    const bad = loadCourse(path.join(FIXTURES, 'bad-lessons/bad-label'));
    const file = path.join(FIXTURES, 'bad-lessons/bad-label/01-labels.md');
    expect(bad.errors.map(formatLessonError)).toEqual([
      `${file}:10: unknown Windows label "settings.activaton" (the labels are in src/i18n/windows-labels.json)`,
      `${file}:12: label activation.troubleshoot is "Troubleshoot" in English Windows, not "Troubleshooter"`,
      `${file}:14: label settings.activation in a heading: headings are not localized; write the words without a label`,
    ]);
  });
});
