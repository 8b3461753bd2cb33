// Every word the interactive UI shows comes from the UI catalog: with a catalog whose strings
// are all marked, the screens show the marked words, and the English ones are gone.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { translator, type UiCatalog } from '../../src/i18n/ui-strings.js';
import { footerHints, helpRows, KEYMAP } from '../../src/tutor/keymap.js';
import { testCourse } from '../fixtures/course.js';
import { keys } from './keys.js';
import { renderSizedApp } from './sized-app.js';

/** A pseudo-language: every string of the English catalog, marked with ¦ at both ends. */
const marked: UiCatalog = Object.fromEntries(
  Object.entries(en).map(([key, value]) => [key, typeof value === 'string' ? `¦${value}¦` : Object.fromEntries(Object.entries(value).map(([form, text]) => [form, `¦${text}¦`]))]),
);
const pseudo = translator('xx', { en, xx: marked });
const course = testCourse();

describe('the UI catalog', () => {
  it('has the words of every key binding with a footer hint or a help row', () => {
    const missing = KEYMAP.flatMap((binding) => [
      ...(binding.hint ? [`key.${binding.command}.hint`] : []),
      ...(binding.help ? [`key.${binding.command}.keys`, `key.${binding.command}.help`] : []),
    ]).filter((key) => !Object.hasOwn(en, key));
    expect(missing).toEqual([]);
  });

  it('gives the footer and the help overlay their words', () => {
    expect(footerHints('text', {}, pseudo)).toContain('¦n/→ next¦');
    expect(footerHints('task', { onWindows: false }, pseudo)).toContain('¦o page (Windows)¦');
    expect(footerHints('help', {}, pseudo)).toEqual(['¦↑↓ scroll¦', '¦u/d page¦', '¦?/Esc close¦', '¦q quit¦']);
    expect(helpRows(pseudo)).toContainEqual({ keys: '¦→  n  Space¦', description: '¦next step¦' });
    // English is unchanged.
    expect(footerHints('text')).toContain('n/→ next');
  });

  it('reaches every screen through the App: start screen, lesson, help, step list, search, end of a lesson', async () => {
    const app = await renderSizedApp({ course, columns: 100, rows: 30, t: pseudo });
    const menu = app.frame();
    expect(menu).toContain('¦Quit¦');
    expect(menu).toContain(`¦0 of ${course.lessons.length} lessons done¦`);
    expect(menu).toContain('¦q quit¦');
    expect(menu).toMatch(/¦About \d+ min · ¦not started¦¦/);
    await app.press(keys.enter);
    const lesson = app.frame();
    expect(lesson).toContain(`¦Lesson 1 of ${course.lessons.length}: ${course.lessons[0]!.title}¦`);
    expect(lesson).toContain(`¦Step 1 of ${course.lessons[0]!.steps.length}¦`);
    expect(lesson).not.toMatch(/(^|[^¦])(Lesson 1 of|Step 1 of)/m);
    await app.press('?');
    expect(app.frame()).toContain('¦Keys (press ? or Esc to close)¦');
    expect(app.frame()).toContain('¦next step¦');
    await app.press('?');
    await app.press('t');
    expect(app.frame()).toContain(`¦Steps of lesson 1: ${course.lessons[0]!.title}¦`);
    expect(app.frame()).toContain('¦ (you are here)¦');
    await app.press('t');
    await app.press('n');
    expect(app.frame()).toContain('¦[ ] Not done yet. Press Enter or x when you have done it.¦');
    await app.press('/');
    expect(app.frame()).toContain('¦Type to search titles, steps, text and questions.¦');
    await app.press(keys.escape);
    for (let step = 1; step < course.lessons[0]!.steps.length; step++) await app.press('n');
    expect(app.frame()).toContain(`¦Lesson complete: ${course.lessons[0]!.title}¦`);
    expect(app.frame()).toContain('¦Press b to go back to step 2.¦');
  });

  it('keeps English byte for byte when no catalog is given', async () => {
    const english = await renderSizedApp({ course, columns: 100, rows: 30 });
    const withEnglish = await renderSizedApp({ course, columns: 100, rows: 30, t: translator('en') });
    expect(withEnglish.frame()).toBe(english.frame());
    expect(english.frame()).toContain('Quit');
  });
});
