import { useCallback, useEffect, useRef, useState } from 'react';
import type { Course } from '../course/types.js';
import { english, type Translate } from '../i18n/ui-strings.js';
import { sayer, sayMessage } from '../i18n/say.js';
import { sameSentence } from '../probes/sentence.js';
import type { FlushOutcome, ProgressSync } from '../progress/progress-sync.js';
import { PATIENT_WAIT_MS } from '../progress/store.js';
import { reduceTutor } from '../tutor/reducer.js';
import type { Action, TutorState } from '../tutor/state.js';

/** While saving fails (another window busy, a full disk), try again this often. */
const RETRY_MS = 500;

/**
 * Navigation state plus persistence. The reducer runs at once into a ref, so a key that
 * arrives before React re-renders is read against the new screen. Saving happens right after
 * the frame is drawn (keys arriving together share one save); quitting saves what is pending.
 * Before each key the window picks up what other windows saved, so it never acts on old state.
 */
export function useTutor(course: Course, initial: TutorState, sync: ProgressSync, onSaveError?: (message: string | null) => void, language: Translate = english) {
  // The words of the language in use now: a retry scheduled before a language change speaks the new one.
  const words = useRef(language);
  words.current = language;
  const t: Translate = (key, values) => words.current(key, values);
  const latest = useRef(initial);
  const [state, setState] = useState(initial);
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const timer = useRef<NodeJS.Timeout | null>(null);
  // The line above the screen is about a failed save (cleared once a save works).
  const failing = useRef(false);
  // The store's notice when the window opened is shown by the menu; later ones are shown here.
  const shownNotice = useRef(sync.notice);
  const noticeChanged = () => {
    const notice = sync.notice;
    if (notice === shownNotice.current || (notice !== null && shownNotice.current !== null && sameSentence(notice, shownNotice.current))) return false;
    shownNotice.current = notice;
    report(notice && sayer(t)(notice));
    return true;
  };

  const show = (next: TutorState) => {
    if (next === latest.current) return;
    latest.current = next;
    setState(next);
  };
  const saveMessageRef = useRef<string | null>(null);
  const report = (message: string | null) => {
    saveMessageRef.current = message;
    setSaveMessage(message);
    onSaveError?.(message);
  };
  const adopt = (progress: TutorState['progress'], dropped: number) => {
    show(reduceTutor(course, latest.current, { type: 'adopt', progress }));
    if (dropped > 0) report(t('save.resetElsewhere'));
  };
  const flush = (waitMs?: number): FlushOutcome => {
    const outcome = sync.flush(waitMs);
    if (outcome.kind === 'saved') {
      // The saved state includes what other windows did: show it.
      adopt(outcome.view, outcome.dropped);
      // A save that works again clears its failure line; other lines stay until the next key.
      if (!noticeChanged() && outcome.dropped === 0 && failing.current) report(null);
      failing.current = false;
    } else if (outcome.kind === 'failed') {
      report(t(outcome.busy ? 'save.busy' : 'save.failed', { message: sayMessage(sayer(t), outcome.message) }));
      failing.current = true;
      schedule(RETRY_MS);
    }
    return outcome;
  };
  const schedule = (delay: number) => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      flush();
    }, delay);
  };
  // Opening a lesson with --lesson changed progress before the first key.
  useEffect(() => {
    if (sync.pending > 0) schedule(0);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // Runs once: sync and the timer live as long as the app.
  }, []);

  const send = useCallback(
    (action: Action) => {
      const refreshed = sync.refresh();
      // Information from the previous key (a reset elsewhere) has been seen by now.
      if (!failing.current && saveMessageRef.current !== null) report(null);
      if (refreshed) {
        adopt(refreshed.view, refreshed.dropped);
        if (refreshed.reset && refreshed.dropped === 0) report(t('save.resetSeen'));
      }
      noticeChanged();
      const previous = latest.current;
      const next = reduceTutor(course, previous, action);
      if (next.progress !== previous.progress) {
        sync.record(previous.progress, next.progress);
        schedule(0);
      }
      show(next);
    },
    // sync and onSaveError are fixed for the app's life.
    [course],
  );
  const current = useCallback(() => latest.current, []);
  /** A language chosen on the start screen: saved like any change (retried, and said when it cannot be yet). */
  const chooseLanguage = (tag: string) => {
    sync.chooseLanguage(tag);
    schedule(0);
  };
  /** Saves what is pending, waiting for another window if needed: before quitting. */
  const saveNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return flush(PATIENT_WAIT_MS);
  }, []);
  return { state, send, current, saveMessage, saveNow, chooseLanguage };
}
