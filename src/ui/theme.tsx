import { createContext, useContext } from 'react';
import { english, type Translate } from '../i18n/ui-strings.js';
import { plainStyles, type Styles } from '../text/styles.js';

/** Styles decided once at start-up (colour, unicode) for every component. */
export const StylesContext = createContext<Styles>(plainStyles);

export function useStyles(): Styles {
  return useContext(StylesContext);
}

/** The UI's words in the chosen language (the App provides it; English by default). */
export const TranslateContext = createContext<Translate>(english);

export function useT(): Translate {
  return useContext(TranslateContext);
}
