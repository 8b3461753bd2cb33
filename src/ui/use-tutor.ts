import { useCallback, useRef, useState } from 'react';
import type { Course } from '../course/types.js';
import type { ProgressData } from '../progress/model.js';
import { reduceTutor } from '../tutor/reducer.js';
import type { Action, TutorState } from '../tutor/state.js';

export type SaveProgress = (progress: ProgressData) => void;

/**
 * Navigation state plus persistence. The reducer runs at once into a ref, so a key that
 * arrives before React re-renders is already read against the new screen, and progress is
 * saved right there, before anything is drawn: a quit straight after a key loses nothing.
 */
export function useTutor(course: Course, initial: TutorState, loaded: ProgressData, save: SaveProgress, onSaveError?: (message: string | null) => void) {
  const latest = useRef(initial);
  const [state, setState] = useState(initial);
  const attempt = (progress: ProgressData): string | null => {
    try {
      save(progress);
      return null;
    } catch (error) {
      return `Could not save progress: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  // Opening a lesson with --lesson changes progress before the first key: save that too.
  const [saveError, setSaveError] = useState<string | null>(() => {
    const problem = initial.progress === loaded ? null : attempt(initial.progress);
    if (problem) onSaveError?.(problem);
    return problem;
  });
  const persist = (progress: ProgressData) => {
    const problem = attempt(progress);
    setSaveError(problem);
    onSaveError?.(problem);
  };
  const send = useCallback(
    (action: Action) => {
      const previous = latest.current;
      const next = reduceTutor(course, previous, { action, at: Date.now() });
      if (next === previous) return;
      latest.current = next;
      if (next.progress !== previous.progress) persist(next.progress);
      setState(next);
    },
    // save and onSaveError are fixed for the app's life, so `persist` need not be a dependency.
    [course],
  );
  const current = useCallback(() => latest.current, []);
  return { state, send, current, saveError };
}
