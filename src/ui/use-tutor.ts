import { useCallback, useEffect, useRef, useState } from 'react';
import type { Course } from '../course/types.js';
import type { ProgressData } from '../progress/model.js';
import { reduceTutor } from '../tutor/reducer.js';
import type { Action, TutorState } from '../tutor/state.js';

export type SaveProgress = (progress: ProgressData) => void;

/**
 * Navigation state plus persistence. The reducer runs at once into a ref, so a key that
 * arrives before React re-renders is already read against the new screen. Saving is a
 * subscriber to progress changes, so no key handler has to remember to save.
 */
export function useTutor(course: Course, initial: TutorState, loaded: ProgressData, save: SaveProgress) {
  const latest = useRef(initial);
  const [state, setState] = useState(initial);
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
  const send = useCallback(
    (action: Action) => {
      const next = reduceTutor(course, latest.current, { action, at: Date.now() });
      if (next === latest.current) return;
      latest.current = next;
      setState(next);
    },
    [course],
  );
  const current = useCallback(() => latest.current, []);
  return { state, send, current, saveError };
}
