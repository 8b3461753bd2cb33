// Test catalogs built from the English one: every string wrapped in ⟦ ⟧ (slots kept), so any
// text a command prints outside brackets did not come from the catalog.
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import { translator, type Translate, type UiCatalog } from '../../src/i18n/ui-strings.js';

function wrapped(open: string, close: string): UiCatalog {
  return Object.fromEntries(
    Object.entries(en).map(([key, value]) => [key, typeof value === 'string' ? `${open}${value}${close}` : Object.fromEntries(Object.entries(value).map(([form, text]) => [form, `${open}${text}${close}`]))]),
  );
}

/** Every string as ⟦string⟧. */
export const pseudo: Translate = translator('xx', { en, xx: wrapped('⟦', '⟧') });

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
