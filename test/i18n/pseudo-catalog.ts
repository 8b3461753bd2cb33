// Test catalogs built from the English one: every string wrapped in ⟦ ⟧ (slots kept), so any
// text a command prints outside brackets did not come from the catalog.
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { translator, type Translate, type UiCatalog } from '../../src/i18n/ui-strings.js';

function wrapped(open: string, close: string, markSlots = false): UiCatalog {
  const wrap = (text: string) => `${open}${markSlots ? text.replace(/\{\w+\}/g, '‹$&›') : text}${close}`;
  return Object.fromEntries(
    Object.entries(en).map(([key, value]) => [key, typeof value === 'string' ? wrap(value) : Object.fromEntries(Object.entries(value).map(([form, text]) => [form, wrap(text)]))]),
  );
}

/** Every string as ⟦string⟧. */
export const pseudo: Translate = translator('xx', { en, xx: wrapped('⟦', '⟧') });

/**
 * Every string as ⟦string⟧ with each slot's value as ‹value›: what went into a slot can be told
 * from the words around it (slotData).
 */
export const pseudoSlots: Translate = translator('xx', { en, xx: wrapped('⟦', '⟧', true) });

/**
 * What `pseudoSlots` output put into slots that is not itself a catalog string: data (names,
 * codes, paths, Windows' labels) or English text that should have been a catalog string of its own.
 */
export function slotData(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧‹›]*⟧/g, '').replace(/‹([^⟦⟧‹›]*)›/g, (_, value: string) => {
      found.push(value);
      return '';
    });
  }
  return found;
}

/**
 * Text left once every ⟦…⟧ is taken out (innermost first: a catalog string can hold another in
 * a slot, and a string can span lines, like the help).
 */
export function outsideCatalog(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
  }
  return rest;
}
