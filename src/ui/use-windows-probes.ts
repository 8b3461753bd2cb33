import { useEffect, useRef } from 'react';
import type { Course } from '../course/types.js';
import type { Prober } from '../probes/prober.js';
import { own } from '../progress/model.js';
import type { Action, TutorState } from '../tutor/state.js';
import type { ProbeResult } from '../tutor/state.js';
import { checksPrivacy, sameResult, verifiable, windowsAgrees } from '../tutor/windows-answers.js';

/** How often a step with a `verify:` line asks Windows again while it is on screen. */
export const VERIFY_INTERVAL_MS = 3000;

/**
 * Probes answered by PowerShell (0.5-2 s of CPU to start each time) are asked this many times less
 * often; reg.exe and whoami answers are cheap. Account type and activation rarely change while
 * a step is on screen anyway.
 */
const POWERSHELL_SLOWDOWN = 5;
const POWERSHELL_PROBES: ReadonlySet<string> = new Set(['account.type', 'activation.state']);

/** The longest wait between reads, in intervals, once answers keep repeating. */
const MAX_BACKOFF = 8;

/**
 * The wait before the next read: longer for PowerShell probes, and doubled each time Windows gave
 * the same answer again (up to MAX_BACKOFF times), so an unchanged switch costs ever fewer reads
 * (docs/windows-probes.md, "One line per section, and time limits").
 */
export function verifyInterval(probe: string, intervalMs: number, repeats = 0): number {
  const base = POWERSHELL_PROBES.has(probe) ? intervalMs * POWERSHELL_SLOWDOWN : intervalMs;
  return base * Math.min(MAX_BACKOFF, 2 ** Math.max(0, repeats));
}

/** A timer that never keeps the process alive (quitting must not wait for the next check). */
function later(run: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(run, ms);
  timer.unref?.();
  return timer;
}

/**
 * The one place the interactive tutor asks Windows things (read-only, through the Prober): the
 * probe of the verify step on screen, every `intervalMs` (less often while the answer repeats,
 * and not at all once Windows confirmed the step), one read at a time; the Windows
 * version for the choice step; privacy snapshots when a privacy lesson opens and ends. Answers
 * become actions, so the reducer decides what they mean. Every read starts after a frame (effects
 * run after rendering) and stops mattering once its step is left or the app quits.
 */
export function useWindowsProbes(course: Course, state: TutorState, send: (action: Action) => void, prober: Prober | null, intervalMs = VERIFY_INTERVAL_MS): void {
  const lesson = course.lessons[state.lessonIndex];
  const step = state.screen === 'lesson' ? lesson?.steps[state.stepIndex] : undefined;

  const verify = prober ? (verifiable(step)?.verify ?? null) : null;
  const probe = verify?.probe ?? null;
  // One polling loop per visit of a verify step; re-rendering does not restart it.
  const visit = probe === null ? null : `${state.lessonIndex}:${state.stepIndex}:${probe}`;
  // The read still answering from an earlier visit (p then n): a new visit waits for it first.
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (!prober || probe === null || verify === null) return;
    let live = true;
    let timer: NodeJS.Timeout | null = null;
    let last: ProbeResult | undefined;
    let repeats = 0;
    const run = async () => {
      timer = null;
      await inFlight.current;
      if (!live) return;
      // The next read is scheduled only after this one answered: runs never overlap.
      const reading = prober.read(probe, { fresh: true });
      inFlight.current = reading.catch(() => undefined);
      let confirmed = false;
      void reading
        .then((result) => {
          repeats = sameResult(last, result) ? repeats + 1 : 0;
          last = result;
          confirmed = windowsAgrees(verify, result);
          if (live) send({ type: 'probed', probe, result });
        })
        .catch(() => undefined)
        .finally(() => {
          // Once Windows confirmed the step there is nothing left to wait for on this visit.
          if (live && !confirmed) timer = later(() => void run(), verifyInterval(probe, intervalMs, repeats));
        });
    };
    timer = later(() => void run(), 0);
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [visit]);

  const wantsVersion = prober !== null && step?.kind === 'choice' && own(state.probes, 'windows.version') === undefined;
  useEffect(() => {
    if (!prober || !wantsVersion) return;
    let live = true;
    void prober.read('windows.version').then((result) => live && send({ type: 'probed', probe: 'windows.version', result }));
    return () => {
      live = false;
    };
  }, [wantsVersion]);

  const privacyLesson = prober && lesson && state.screen !== 'menu' && checksPrivacy(lesson) ? lesson.id : null;
  const snapshot = privacyLesson === null ? undefined : own(state.privacy, privacyLesson);
  // Keyed by the lesson alone, so a read still running when the lesson ends is not dropped.
  const before = privacyLesson !== null && !snapshot?.before ? privacyLesson : null;
  useEffect(() => readPrivacy(prober, before, 'before', send), [before]);
  const after = privacyLesson !== null && state.screen === 'finished' && snapshot?.before && !snapshot.after ? privacyLesson : null;
  useEffect(() => readPrivacy(prober, after, 'after', send), [after]);
}

/** Reads every privacy setting for a lesson's snapshot; the cleanup drops an answer no longer wanted. */
function readPrivacy(prober: Prober | null, lesson: string | null, when: 'before' | 'after', send: (action: Action) => void): (() => void) | undefined {
  if (!prober || lesson === null) return undefined;
  let live = true;
  void prober.privacy({ fresh: true }).then((readings) => live && send({ type: 'privacyRead', lesson, when, readings }));
  return () => {
    live = false;
  };
}
