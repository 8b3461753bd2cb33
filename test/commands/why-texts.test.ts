// The error-code table's words come from the UI catalog (issue 23, item 3). error-codes.ts keeps
// the English; the catalog must say the same English, with every Windows label as a slot.
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { answerFor, runWhy } from '../../src/commands/why.js';
import { codeTextKey, codeTextValues, WHY_LABELS, type CodeTextField } from '../../src/commands/why-texts.js';
import { english, translator } from '../../src/i18n/ui-strings.js';
import { labelNames, labelSource, windowsLabel } from '../../src/i18n/windows-labels.js';
import { ERROR_CODES, UNCONFIRMED } from '../../src/windows/error-codes.js';
import { pseudo } from '../i18n/pseudo-catalog.js';

const catalog = en as Readonly<Record<string, unknown>>;
const FIELDS: readonly CodeTextField[] = ['name', 'summary', 'meaning', 'advice'];
/** The catalog's own strings for the table. */
const codeKeys = Object.keys(catalog).filter((key) => key.startsWith('why.code.'));
const fill = (text: string, values: Readonly<Record<string, string | number>>) => text.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : slot));

describe('the error-code table in the UI catalog', () => {
  it('says in English exactly what error-codes.ts says, for every code and field', () => {
    expect(english('why.unconfirmed')).toBe(UNCONFIRMED);
    // English Windows' labels in the slots give the table's words back.
    const values = codeTextValues(english, 'en-US');
    const expected: string[] = [];
    for (const entry of ERROR_CODES) {
      for (const field of FIELDS) {
        const key = codeTextKey(entry, field);
        if (key === null) continue;
        expected.push(key);
        const text = catalog[key];
        expect(typeof text, key).toBe('string');
        expect(fill(text as string, values), key).toBe(entry[field]);
      }
    }
    // Nothing stale: no key for a code or a field the table does not have.
    expect(codeKeys.sort()).toEqual(expected.sort());
  });

  it('names Windows labels only through slots (no label typed in English)', () => {
    // Every label's en-US words, as a whole phrase and with the case Windows uses.
    const labels = labelNames().map((name) => labelSource(name)!.english);
    const named = (text: string) => labels.filter((label) => new RegExp(`(?<![\\p{L}\\p{N}])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text));
    expect(codeKeys.flatMap((key) => named(catalog[key] as string).map((label) => `${key}: ${label}`))).toEqual([]);
    // The check sees labels: the table's English (the words with the labels filled in) names them.
    expect(new Set(ERROR_CODES.flatMap((entry) => named(`${entry.meaning} ${entry.advice}`)))).toEqual(new Set(['Settings', 'Activation', 'I changed hardware on this device recently']));
  });

  it('uses only slots that why fills', () => {
    const known = new Set([...Object.keys(WHY_LABELS), 'unconfirmed']);
    const unknown = codeKeys.flatMap((key) => [...(catalog[key] as string).matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).filter((slot) => !known.has(slot)).map((slot) => `${key}: {${slot}}`));
    expect(unknown).toEqual([]);
  });

  it('prints the English table unchanged', () => {
    const table = runWhy(undefined, { json: false }).stdout;
    for (const entry of ERROR_CODES) expect(table).toContain(`${entry.code}  ${entry.summary}`);
    for (const entry of ERROR_CODES) {
      const { stdout } = runWhy(entry.code, { json: false });
      expect(stdout.split('\n').slice(0, 4)).toEqual([
        `${entry.code}  ${entry.name}`,
        `${entry.verified ? 'Meaning' : 'Meaning (not confirmed by Microsoft for Windows activation)'}: ${entry.meaning}`,
        expect.stringMatching(/^Meaning from: /),
        `What you can do: ${entry.advice}`,
      ]);
    }
  });

  it("names the labels in the user's Windows words before the text is translated", () => {
    const german = windowsLabel('activation.changed-hardware', 'de-DE')!.text;
    expect(german).not.toBe(labelSource('activation.changed-hardware')!.english);
    // German UI catalog, German Windows: the advice names the German option and page.
    const { stdout } = runWhy('0xC004F211', { json: false, t: translator('de'), windows: 'de-DE' });
    expect(stdout).toContain(`„${german}“`);
    expect(stdout).toContain(windowsLabel('settings.activation', 'de-DE')!.text);
    expect(stdout).toContain(`„${windowsLabel('settings', 'de-DE')!.text}“`);
    expect(stdout).not.toContain('I changed hardware on this device recently');
    // English text about Italian Windows (--lang it) and the tutor's code step name Windows' words too.
    expect(runWhy('0xC004F210', { json: false, windows: 'it-IT' }).stdout).toContain(`on the ${windowsLabel('settings.activation', 'it-IT')!.text} page`);
    expect(answerFor('0xC004F211', english, 'fr-FR').lines.join('\n')).toContain(`"${windowsLabel('activation.changed-hardware', 'fr-FR')!.text}"`);
  });

  // The pseudo-catalog test cannot see this: the table's English went into a catalog string's slot,
  // inside its brackets. Here each of the table's texts must be a catalog string of its own.
  it('takes every text of the table from the catalog, in why, its table and the tutor\'s code answer', () => {
    const values = codeTextValues(pseudo, 'en-US');
    const wrapped = (key: string) => `⟦${fill(catalog[key] as string, values)}⟧`;
    const table = runWhy(undefined, { json: false, t: pseudo }).stdout;
    for (const entry of ERROR_CODES) {
      expect(table).toContain(wrapped(codeTextKey(entry, 'summary')!));
      const lines = [runWhy(entry.code, { json: false, t: pseudo }).stdout, answerFor(entry.code, pseudo).lines.join('\n')];
      for (const text of lines) for (const field of ['meaning', 'advice'] as const) expect(text).toContain(wrapped(codeTextKey(entry, field)!));
    }
  });

  it("the hint for a code it does not know names the Activation page and Settings in the user's Windows words", () => {
    expect(answerFor('0xC0040000').lines[0]).toContain('Check the number on the Activation page in Settings,');
    const german = answerFor('0xC0040000', translator('en'), 'de-DE').lines.join('\n');
    expect(german).toContain(`on the ${windowsLabel('settings.activation', 'de-DE')!.text} page in ${windowsLabel('settings', 'de-DE')!.text},`);
    expect(german).not.toMatch(/Activation page|in Settings/);
    // Japanese sentences follow each other without a space.
    expect(answerFor('0xC0040000', translator('ja'), 'ja-JP').lines[0]).toMatch(/。[^ ]/);
  });

  it('keeps SDK names as they are and says the other names in words', () => {
    expect(runWhy('0xC004F211', { json: false, t: pseudo }).stdout).toMatch(/^0xC004F211 {2}SL_E_HWID_CHANGED\n/);
    expect(runWhy('0x8007232B', { json: false, t: pseudo }).stdout).toMatch(/^0x8007232B {2}⟦DNS name does not exist⟧\n/);
  });
});
