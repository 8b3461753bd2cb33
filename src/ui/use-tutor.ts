import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Course } from '../course/types.js';
import type { ProgressData } from '../progress/model.js';
import { reduceTutor } from '../tutor/reducer.js';
import type { Action, TutorEvent, TutorState } from '../tutor/state.js';

export type SaveProgress = (progress: ProgressData) => void;

/**
 * Navigation state plus persistence: saving is a subscriber to progress changes, so no key
 * handler has to remember to save.
 */
export function useTutor(course: Course, initial: TutorState, loaded: ProgressData, save: SaveProgress) {
  const reducer = useCallback((state: TutorState, event: TutorEvent) => reduceTutor(course, state, event), [course]);
  const [state, dispatch] = useReducer(reducer, initial);
  const [saveError, setSaveError] = useState<string | null>(null);
  const saved = useRef(loaded);
  useEffect(() => {
    if (state.progress === saved.current) return;
    saved.current = state.progress;
    try {
      save(state.progress);
      setSaveError(null);
    } catch (error) {
      setSaveError(`Could not save progress: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, [state.progress, save]);
  const send = useCallback((action: Action) => dispatch({ action, at: Date.now() }), []);
  return { state, send, saveError };
}
