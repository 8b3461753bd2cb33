import { describe, expect, it } from 'vitest';
import { said, type Sentence } from '../../src/probes/sentence.js';
import { english } from '../../src/i18n/ui-strings.js';
import { emptyProgress, isConfirmed } from '../../src/progress/model.js';
import { privacyReport } from '../../src/tutor/lesson-report.js';
import { initialState, reduceTutor } from '../../src/tutor/reducer.js';
import type { Action, TutorState } from '../../src/tutor/state.js';
import { checksPrivacy } from '../../src/tutor/windows-answers.js';
import { privacyReadings, verifyCourse } from '../fixtures/verify-course.js';

const course = verifyCourse();
const run = (state: TutorState, ...actions: Action[]) => actions.reduce((current, action) => reduceTutor(course, current, action), state);
/** On the advertising-ID step (step 2 of the privacy lesson). */
const onAdStep = () => run(initialState(course, emptyProgress(), { lessonIndex: 0 }), { type: 'next' });
const probed = (probe: string, value: string | null, text: Sentence = value === null ? said('probe.answer.unknown', { reason: 'not readable' }) : said('probe.answer.windows', { name: value })): Action => ({ type: 'probed', probe, result: { value, text } });
const saved = (state: TutorState) => state.progress.lessons.privacy;

describe('answers from Windows in the reducer', () => {
  it('ticks the step on screen as confirmed by Windows when Windows gives the expected value', () => {
    const state = run(onAdStep(), probed('privacy.advertising-id', 'off', said('probe.answer.off')));
    expect(saved(state)?.completed).toContain('ad-id');
    expect(isConfirmed(saved(state), 'ad-id')).toBe(true);
    expect(state.probes['privacy.advertising-id']).toEqual({ value: 'off', text: said('probe.answer.off') });
    // Asking again with the same answer changes nothing (no redraw, no save).
    expect(run(state, probed('privacy.advertising-id', 'off', said('probe.answer.off')))).toBe(state);
  });

  it('never ticks from an unknown, a disagreeing value, another probe or a step not on screen', () => {
    const start = onAdStep();
    for (const action of [probed('privacy.advertising-id', null), probed('privacy.advertising-id', 'on'), probed('privacy.location', 'off')]) {
      expect(saved(run(start, action))?.completed ?? []).not.toContain('ad-id');
    }
    // The answer arrives after the step was left: it is recorded, nothing is ticked.
    const left = run(start, { type: 'next' }, probed('privacy.advertising-id', 'off'));
    expect(saved(left)?.completed ?? []).not.toContain('ad-id');
    expect(left.probes['privacy.advertising-id']?.value).toBe('off');
  });

  it('any of the listed alternatives confirms', () => {
    const onAccount = run(onAdStep(), { type: 'next' });
    expect(isConfirmed(saved(run(onAccount, probed('account.type', 'local'))), 'account')).toBe(true);
    expect(saved(run(onAccount, probed('account.type', 'work')))?.completed ?? []).not.toContain('account');
  });

  it('a tick by the user is not a confirmation, and Windows agreeing later turns it into one', () => {
    const byYou = run(onAdStep(), { type: 'complete' });
    expect(saved(byYou)?.completed).toContain('ad-id');
    expect(isConfirmed(saved(byYou), 'ad-id')).toBe(false);
    expect(isConfirmed(saved(run(byYou, probed('privacy.advertising-id', 'off'))), 'ad-id')).toBe(true);
  });

  it('after the user unticks, Windows does not tick it again until the step is left and visited anew', () => {
    const unticked = run(onAdStep(), probed('privacy.advertising-id', 'off'), { type: 'complete' });
    expect(saved(unticked)?.completed).not.toContain('ad-id');
    expect(saved(unticked)).not.toHaveProperty('confirmed');
    expect(saved(run(unticked, probed('privacy.advertising-id', 'off')))?.completed).not.toContain('ad-id');
    const revisited = run(unticked, { type: 'next' }, { type: 'prev' }, probed('privacy.advertising-id', 'off'));
    expect(isConfirmed(saved(revisited), 'ad-id')).toBe(true);
  });

  it('keeps the first privacy snapshot of the run, and asks for a new "after" each time the lesson ends', () => {
    expect(checksPrivacy(course.lessons[0])).toBe(true);
    expect(checksPrivacy(course.lessons[1])).toBe(false);
    const before = privacyReadings({ 'advertising-id': 'on', location: 'default' });
    let state = run(onAdStep(), { type: 'privacyRead', lesson: 'privacy', when: 'before', readings: before });
    state = run(state, { type: 'privacyRead', lesson: 'privacy', when: 'before', readings: privacyReadings({}) });
    expect(state.privacy.privacy?.before).toBe(before);
    state = run(state, { type: 'last' }, { type: 'next' });
    expect(state.screen).toBe('finished');
    expect(state.privacy.privacy?.after).toBeNull();
    expect(privacyReport(state.privacy.privacy, english, 'en-US')).toEqual({ pending: true, changes: [] });
    state = run(state, { type: 'privacyRead', lesson: 'privacy', when: 'after', readings: privacyReadings({ 'advertising-id': 'off', location: 'default', 'online-speech': 'off' }) });
    // online-speech was unknown before: a reading appearing is not a change of the setting.
    expect(privacyReport(state.privacy.privacy, english, 'en-US')).toEqual({ pending: false, changes: ['Advertising ID: on → off'] });
  });

  it('says how each state reads, and reports nothing changed when nothing did', () => {
    const before = privacyReadings({ location: 'default', 'tailored-experiences': 'on', 'advertising-id': 'off' });
    const after = privacyReadings({ location: 'off', 'tailored-experiences': 'managed', 'advertising-id': 'off' });
    expect(privacyReport({ before, after }, english, 'en-US')?.changes).toEqual([
      'Tailored experiences: on → set (by a policy)',
      "Location services: never changed (Windows' default) → off",
    ]);
    expect(privacyReport({ before, after: before }, english, 'en-US')).toEqual({ pending: false, changes: [] });
    expect(privacyReport(undefined, english, 'en-US')).toBeNull();
  });
});
