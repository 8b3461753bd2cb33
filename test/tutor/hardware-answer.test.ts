import { describe, expect, it } from 'vitest';
import { lesson } from '../fixtures/course.js';
import { emptyProgress } from '../../src/progress/model.js';
import { initialState, reduceTutor } from '../../src/tutor/reducer.js';
import { linkedAnswer } from '../../src/tutor/hardware-answer.js';

const course = {
  title: 'Hardware',
  lessons: [lesson('---\nid: hw\ntitle: Hardware\nsummary: Record this PC.\nminutes: 1\n---\n\n## Record {#record}\n\n```check\nshow: hardware\n```\n\n## After {#after}\n\nDone.\n', '01-hw.md')],
};
const PC = { checked: true, edition: 'Pro', channel: 'Retail', activation: 'activated', windows: 'Windows 11', deviceName: 'PC-1' };

describe('the "linked?" answer of the hardware step', () => {
  it('is reduced in key order: r right after l records the answer l gave', () => {
    let state = initialState(course, emptyProgress(), { lessonIndex: 0 });
    expect(linkedAnswer(state)).toBeNull();
    state = reduceTutor(course, state, { type: 'cycleLinked' });
    state = reduceTutor(course, state, { type: 'recordHardware', now: PC, today: new Date('2026-11-20T00:00:00Z') });
    expect(state.progress.hardware).toMatchObject({ linked: true, deviceName: 'PC-1', recordedOn: '2026-11-20' });
  });

  it('starts from the saved record, cycles not noted → yes → no, and does nothing off the step', () => {
    const saved = { ...emptyProgress(), hardware: { edition: null, channel: 'Unknown', activation: 'unknown', windows: null, deviceName: null, linked: false, recordedOn: '2026-11-20' } };
    let state = initialState(course, saved, { lessonIndex: 0 });
    expect(linkedAnswer(state)).toBe(false);
    state = reduceTutor(course, state, { type: 'cycleLinked' });
    expect(linkedAnswer(state)).toBeNull();
    state = reduceTutor(course, state, { type: 'cycleLinked' });
    expect(linkedAnswer(state)).toBe(true);
    const elsewhere = reduceTutor(course, reduceTutor(course, state, { type: 'next' }), { type: 'cycleLinked' });
    expect(linkedAnswer(elsewhere)).toBe(true);
  });
});
