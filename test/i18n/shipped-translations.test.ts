/**
 * The five full translations as shipped: every English lesson translated, the same structure,
 * nothing stale, every UI string translated, and the labels Windows' own words.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { loadTranslation } from '../../src/course/load-translation.js';
import { windowsLanguageFor } from '../../src/i18n/language.js';
import { TEXT_LANGUAGES } from '../../src/i18n/ui-strings.js';
import { windowsLabel } from '../../src/i18n/windows-labels.js';
import { printCourse } from '../../src/commands/print.js';
import { courseIn } from '../../src/i18n/cli-language.js';
import { translator } from '../../src/i18n/ui-strings.js';
import { plainStyles } from '../../src/text/styles.js';

const LESSONS = path.join(import.meta.dirname, '../../lessons');
const english = loadCourse(LESSONS);
const TRANSLATIONS = ['de', 'fr', 'es', 'pt-BR', 'ja'];

describe('the shipped translations', () => {
  it('are the five issue 23 asks for, each with a UI catalog and a lessons folder', () => {
    expect([...TEXT_LANGUAGES].sort()).toEqual(['en', ...TRANSLATIONS].sort());
    for (const language of TRANSLATIONS) expect(readdirSync(path.join(LESSONS, language)).filter((name) => name.endsWith('.md')).length).toBe(english.course.lessons.length);
  });

  it.each(TRANSLATIONS)('%s: every lesson translated with the English structure, and nothing stale', (language) => {
    const translation = loadTranslation(LESSONS, english.course, { text: language, windows: windowsLanguageFor(language) ?? 'en-US' });
    expect(translation.errors).toEqual([]);
    expect(translation.untranslated).toEqual([]);
    expect(translation.stale).toEqual([]);
    translation.course.lessons.forEach((lesson, index) => {
      const source = english.course.lessons[index]!;
      expect(lesson.id).toBe(source.id);
      expect(lesson.title).not.toBe(source.title);
      expect(lesson.steps.map((step) => step.id)).toEqual(source.steps.map((step) => step.id));
      expect(lesson.steps.filter((step) => step.untranslated)).toEqual([]);
    });
  });

  it.each(TRANSLATIONS)('%s: print --windows 11 names Activation, Troubleshoot and the hardware-change link in its Windows words', (language) => {
    const windows = windowsLanguageFor(language) ?? '';
    const t = translator(language);
    const translation = loadTranslation(LESSONS, english.course, { text: language, windows });
    const course = courseIn(translation.course, { language: { text: language, windows }, from: 'flag' });
    const printed = printCourse(course, course.lessons, { width: 80, windows: '11', styles: plainStyles, t });
    for (const label of ['settings.activation', 'activation.troubleshoot', 'activation.changed-hardware']) {
      expect(printed).toContain(windowsLabel(label, windows)!.text);
    }
  });

  it.each(TRANSLATIONS)('%s: the course title is translated too', async (language) => {
    const { courseTexts } = await import('../../src/i18n/course-texts.js');
    const texts = courseTexts(LESSONS, english.course);
    expect(texts(language).title).toBe(translator(language)('course.title'));
    expect(texts(language).title).not.toBe(english.course.title);
  });
});
