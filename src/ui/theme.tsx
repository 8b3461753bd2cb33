import { createContext, useContext } from 'react';
import { plainStyles, type Styles } from '../text/styles.js';

/** Styles decided once at start-up (colour, unicode) for every component. */
export const StylesContext = createContext<Styles>(plainStyles);

export function useStyles(): Styles {
  return useContext(StylesContext);
}
