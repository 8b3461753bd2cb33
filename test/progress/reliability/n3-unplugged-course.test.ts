/**
 * N3 (reliability review 2026-12): progress of a --lessons-dir course was deleted by any save of
 * another course while that folder was missing for a moment (an unplugged USB stick, an
 * unmounted share, another PC sharing a roaming profile). A course that is not loaded is never
 * pruned; only a file that would otherwise exceed its size cap drops missing folders' progress.
 */
import { cpSync, renameSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { courseScope } from '../../../src/progress/course-scope.js';
import { openProgressStore } from '../../../src/progress/store.js';
import { testCourse } from '../../fixtures/course.js';
import { atStep, change, tempDir } from '../helpers.js';

it('a lessons folder unplugged while another course saves keeps its progress', () => {
  const dir = tempDir();
  const usb = path.join(tempDir('winlink-usb-'), 'course');
  cpSync(path.resolve('test/fixtures/short-lessons'), usb, { recursive: true });
  const course = testCourse();
  const onStick = () => openProgressStore({ dir, course: courseScope(course, usb, '/elsewhere') });
  change(onStick(), atStep('basics', 'which'));
  renameSync(usb, `${usb}.unplugged`);
  // Any save of another course: here `reset 1` of the shipped course.
  openProgressStore({ dir }).reset('why-link');
  change(openProgressStore({ dir }), atStep('why-link', 'welcome'));
  renameSync(`${usb}.unplugged`, usb);
  expect(onStick().load().lessons.basics?.currentStep).toBe('which');
});
