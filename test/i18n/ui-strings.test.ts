import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { fallbacks, pluralForm, TEXT_LANGUAGES, translator, type UiCatalog } from '../../src/i18n/ui-strings.js';
import { seededRandom } from '../fixtures/seeded-random.js';

describe('UI strings', () => {
  it('pick the plural form Intl.PluralRules picks for every whole count in every catalog language, without Intl', () => {
    const next = seededRandom(23);
    const counts = [
      ...Array.from({ length: 100_001 }, (_, count) => count),
      ...Array.from({ length: 20_000 }, (_, index) => index * 997 + 100_000),
      ...Array.from({ length: 2_000 }, (_, index) => (index + 1) * 1_000_000),
      ...Array.from({ length: 2_000 }, (_, index) => (index + 1) * 1_000_000 + (index % 3) - 1),
      ...Array.from({ length: 2_000 }, () => Math.floor(next() * Number.MAX_SAFE_INTEGER)),
      1e12, 1e15, Number.MAX_SAFE_INTEGER,
    ];
    for (const language of TEXT_LANGUAGES) {
      const rules = new Intl.PluralRules(language);
      for (const count of counts) {
        if (pluralForm(language, count) !== rules.select(count)) expect({ language, count, form: pluralForm(language, count) }).toEqual({ language, count, form: rules.select(count) });
      }
    }
    // Anything else is Intl's to answer.
    for (const [language, count] of [['pl', 3], ['de', 1.5], ['de', -1], ['fr', Number.NaN], ['ja', 2 ** 60]] as const) expect(pluralForm(language, count)).toBeUndefined();
  });

  it('fill slots and pick plural forms (English without Intl, other languages with Intl.PluralRules)', () => {
    const t = translator('en');
    expect(t('menu.continue', { lesson: 'Why link', step: 2, steps: 9 })).toBe('Continue: Why link, step 2 of 9');
    expect(t('menu.lessonsDone', { done: 0, count: 1 })).toBe('0 of 1 lesson done');
    expect(t('menu.lessonsDone', { done: 3, count: 7 })).toBe('3 of 7 lessons done');
    const polish: UiCatalog = { 'menu.lessonsDone': { one: '{done} z {count} lekcji (one)', few: '{done} z {count} (few)', many: '{done} z {count} (many)', other: '{done} z {count} (other)' } };
    const pl = translator('pl', { en, pl: polish });
    expect(pl('menu.lessonsDone', { done: 1, count: 3 })).toBe('1 z 3 (few)');
    expect(pl('menu.lessonsDone', { done: 1, count: 5 })).toBe('1 z 5 (many)');
  });

  it('fall back to English for a missing string, never to the key, and list every fallback', () => {
    const german: UiCatalog = { 'menu.quit': 'Beenden' };
    const de = translator('de', { en, de: german });
    expect(de('menu.quit')).toBe('Beenden');
    expect(de('menu.continue', { lesson: 'X', step: 1, steps: 2 })).toBe('Continue: X, step 1 of 2');
    expect(fallbacks('de', { en, de: german })).toEqual(Object.keys(en).filter((key) => key !== 'menu.quit'));
  });

  it('has no fallbacks in any shipped catalog (English is complete)', () => {
    // A translation that lacks strings is listed here by language, so it is a decision, not an accident.
    const missing = Object.fromEntries(TEXT_LANGUAGES.map((language) => [language, fallbacks(language)]));
    expect(missing).toEqual(Object.fromEntries(TEXT_LANGUAGES.map((language) => [language, []])));
  });
});
