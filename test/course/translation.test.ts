import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course.js';
import { loadTranslation } from '../../src/course/load-translation.js';
import { isCleanParsedLesson } from '../../src/course/parsed-lesson-shape.js';
import { parseLesson } from '../../src/course/parse-lesson.js';
import { stampTranslation } from '../../src/course/stamp-translation.js';
import type { ChoiceStep, QuizStep, TaskStep } from '../../src/course/types.js';
import { courseTexts } from '../../src/i18n/course-texts.js';

const ENGLISH = `---
id: sample
title: A sample lesson
summary: What it is about.
minutes: 3
---

# A sample lesson

## Open the page {#open-page}

Open **[Settings](label:settings) > [Activation](label:settings.activation)**.

::: windows 11
On Windows 11 it is under System.
:::

\`\`\`task
open: ms-settings:activation
done: I opened it
verify: activation.state = activated
\`\`\`

## Pick your version {#pick-version}

\`\`\`choice
question: Which Windows?
sets: windows
options:
  - value: "11"
    label: Windows 11
  - value: "10"
    label: Windows 10
\`\`\`

## A question {#a-question}

\`\`\`quiz
question: Which is right?
options:
  - text: This one
    id: this-one
    correct: true
  - text: That one
    id: that-one
    why: Not that.
explanation: Because.
\`\`\`

<!-- SOURCES
- https://example.com
-->
`;

/** The German translation as a translator writes it (before stamping). */
const GERMAN = `---
id: sample
title: Eine Beispiellektion
summary: Worum es geht.
minutes: 3
---

# Eine Beispiellektion

## Die Seite öffnen {#open-page}

Öffnen Sie **[Einstellungen](label:settings) > [Aktivierung](label:settings.activation)**.

::: windows 11
Unter Windows 11 liegt sie unter System.
:::

\`\`\`task
open: ms-settings:activation
done: Ich habe sie geöffnet
verify: activation.state = activated
\`\`\`

## Version wählen {#pick-version}

\`\`\`choice
question: Welches Windows?
sets: windows
options:
  - value: "11"
    label: Windows 11
  - value: "10"
    label: Windows 10
\`\`\`

## Eine Frage {#a-question}

\`\`\`quiz
question: Was stimmt?
options:
  - text: Dieses
    id: this-one
    correct: true
  - text: Jenes
    id: that-one
    why: Nicht jenes.
explanation: Darum.
\`\`\`
`;

let dir: string;
const english = () => path.join(dir, '01-sample.md');
const german = () => path.join(dir, 'de', '01-sample.md');
const write = (file: string, text: string) => writeFileSync(file, text);
const stamp = (text: string, steps?: string[]) => stampTranslation(readFileSync(english(), 'utf8'), english(), text, steps ? { steps } : {}).text;
const load = () => {
  const loaded = loadCourse(dir);
  expect(loaded.errors).toEqual([]);
  return { loaded, translation: loadTranslation(dir, loaded.course, { text: 'de', windows: 'de-DE' }) };
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'winlink-translation-'));
  mkdirSync(path.join(dir, 'de'));
  write(english(), ENGLISH);
});

describe('a translated lesson', () => {
  it('stamped from the current English: shown translated, with the English ids, fixed fields and lines', () => {
    write(german(), stamp(GERMAN));
    const { loaded, translation } = load();
    expect(translation.errors).toEqual([]);
    expect(translation.stale).toEqual([]);
    const lesson = translation.course.lessons[0]!;
    expect(lesson.title).toBe('Eine Beispiellektion');
    expect(lesson.file).toBe(english());
    const [task, choice, quiz] = lesson.steps as [TaskStep, ChoiceStep, QuizStep];
    expect(task.title).toBe('Die Seite öffnen');
    expect(task.doneLabel).toBe('Ich habe sie geöffnet');
    expect(task.verify).toEqual((loaded.course.lessons[0]!.steps[0] as TaskStep).verify);
    expect(choice.question).toBe('Welches Windows?');
    expect(quiz.options.map((option) => [option.id, option.text, option.correct])).toEqual([['this-one', 'Dieses', true], ['that-one', 'Jenes', false]]);
    expect(lesson.steps.map((step) => step.line)).toEqual(loaded.course.lessons[0]!.steps.map((step) => step.line));
  });

  it('a step whose English changed after stamping is shown in English and reported at its line; the rest stays translated', () => {
    const stamped = stamp(GERMAN);
    write(german(), stamped);
    write(english(), ENGLISH.replace('Which is right?', 'Which one is right?'));
    const { translation } = load();
    const lesson = translation.course.lessons[0]!;
    expect(lesson.title).toBe('Eine Beispiellektion');
    expect(lesson.steps[0]!.title).toBe('Die Seite öffnen');
    expect((lesson.steps[2] as QuizStep).question).toBe('Which one is right?');
    expect(translation.stale).toEqual([
      { file: german(), line: lineOf(stamped, '{#a-question}'), message: expect.stringContaining(`step "a-question" translates an older English text (${english()}:`) as string },
    ]);
  });

  it('edits that do not change what the user reads (sources, blank lines, trailing spaces) do not make it stale', () => {
    write(german(), stamp(GERMAN));
    write(english(), ENGLISH.replace('- https://example.com', '- https://example.org (moved)').replace('Open the page {#open-page}\n', 'Open the page {#open-page}   \n\n'));
    expect(load().translation.stale).toEqual([]);
  });

  it('without fingerprints every part is stale and shown in English', () => {
    write(german(), GERMAN);
    const { translation } = load();
    expect(translation.stale.map((item) => item.message.split(' (')[0])).toEqual([
      'the title and summary does not say which English text it translates',
      'step "open-page" does not say which English text it translates',
      'step "pick-version" does not say which English text it translates',
      'step "a-question" does not say which English text it translates',
    ]);
    expect(translation.course.lessons[0]!.title).toBe('A sample lesson');
  });

  it.each([
    ['a quiz answer marked right', (text: string) => text.replace('    correct: true\n', '').replace('    why: Nicht jenes.', '    correct: true'), 'a-question', 'a fixed block field'],
    ['a quiz option id', (text: string) => text.replace('id: that-one', 'id: jenes'), 'a-question', 'a fixed block field'],
    ['a verify line', (text: string) => text.replace('verify: activation.state = activated', 'verify: activation.state = not-activated'), 'open-page', 'a fixed block field'],
    ['the link the o key opens', (text: string) => text.replace('open: ms-settings:activation', 'open: ms-settings:about'), 'open-page', 'a fixed block field'],
    ['a choice value', (text: string) => text.replace('value: "10"', 'value: "11"').replace('value: "11"\n    label: Windows 11', 'value: "10"\n    label: Windows 11'), 'pick-version', 'a fixed block field'],
    ['a variant block', (text: string) => text.replace('::: windows 11\nUnter Windows 11 liegt sie unter System.\n:::\n', ''), 'open-page', 'the ::: windows variant blocks'],
    ['a Windows label replaced by plain words', (text: string) => text.replace('[Aktivierung](label:settings.activation)', 'Aktivierung'), 'open-page', 'the Windows labels used'],
    ['the kind of a step', (text: string) => text.replace(/```choice[\s\S]*?```\n/, ''), 'pick-version', 'the kind'],
  ])('that changes %s is not used: the English lesson is shown and the problem reported', (_what, change, step, message) => {
    const changed = stamp(change(GERMAN));
    write(german(), changed);
    const { loaded, translation } = load();
    expect(translation.course.lessons[0]).toBe(loaded.course.lessons[0]);
    expect(translation.errors).toEqual([{ file: german(), line: lineOf(changed, `{#${step}}`), message: expect.stringContaining(`step "${step}": ${message}`) as string }]);
  });

  it('with other steps, or in another order, is not used', () => {
    const swapped = GERMAN.replace('## Version wählen {#pick-version}', '## Version wählen {#pick-windows}');
    write(german(), swapped);
    const { loaded, translation } = load();
    expect(translation.course.lessons[0]).toBe(loaded.course.lessons[0]);
    expect(translation.errors[0]?.message).toContain('the steps must be the English ones in the same order (open-page, pick-version, a-question)');
  });

  it("names labels in its own Windows' words: English words in a German translation are reported at their line", () => {
    const wrong = stamp(GERMAN.replace('[Aktivierung](label:settings.activation)', '[Activation](label:settings.activation)'));
    write(german(), wrong);
    const { translation } = load();
    expect(translation.errors).toEqual([{ file: german(), line: lineOf(wrong, 'label:settings.activation'), message: 'label settings.activation is "Aktivierung" in de-DE Windows, not "Activation"' }]);
  });

  it('of a lesson that does not exist is reported; an English lesson without a translation is shown in English and listed', () => {
    write(path.join(dir, 'de', '02-gone.md'), stamp(GERMAN));
    write(path.join(dir, '03-other.md'), ENGLISH.replace('id: sample', 'id: other'));
    const { translation } = load();
    expect(translation.errors.map((error) => [error.file, error.message])).toEqual([[path.join(dir, 'de', '02-gone.md'), `translation of a lesson that does not exist: there is no ${path.join(dir, '02-gone.md')}`]]);
    expect(translation.untranslated.map((item) => item.message)).toEqual(['no de translation of 01-sample.md; it is shown in English', 'no de translation of 03-other.md; it is shown in English']);
  });

  it('keeps its fingerprints through the lesson cache', () => {
    const parsed = parseLesson(stamp(GERMAN), german(), 'de-DE');
    expect(parsed.errors).toEqual([]);
    expect(parsed.lesson?.steps.every((step) => /^[0-9a-f]{12}$/.test(step.translates ?? ''))).toBe(true);
    expect(isCleanParsedLesson(JSON.parse(JSON.stringify(parsed)), german())).toBe(true);
  });

  it('a fingerprint that is not one is reported at its line', () => {
    const bad = GERMAN.replace('## Eine Frage {#a-question}\n', '## Eine Frage {#a-question}\n<!-- translates: TODO -->\n');
    expect(parseLesson(bad, german(), 'de-DE').errors).toEqual([
      { file: german(), line: lineOf(bad, 'translates: TODO'), message: 'translates: "TODO" is not a fingerprint; run node scripts/stamp-translation.mjs on this file' },
    ]);
  });

  it('courseTexts loads a language once, and English is the course as loaded', () => {
    write(german(), stamp(GERMAN));
    const loaded = loadCourse(dir);
    const texts = courseTexts(dir, loaded.course);
    expect(texts('en')).toBe(loaded.course);
    expect(texts('de')).toBe(texts('de'));
    expect(texts('de').lessons[0]!.title).toBe('Eine Beispiellektion');
    // No lessons/fr here: the English lessons, under the course title in French.
    expect(texts('fr').lessons).toEqual(loaded.course.lessons);
    expect(texts('fr').title).toBe('Lier votre licence Windows à votre compte Microsoft');
  });
});

describe('stampTranslation', () => {
  it('stamps every step and the front matter; stamping again changes nothing', () => {
    const once = stamp(GERMAN);
    expect(once).toMatch(/^translates: [0-9a-f]{12}$/m);
    expect(once.match(/<!-- translates: [0-9a-f]{12} -->/g)).toHaveLength(3);
    expect(stamp(once)).toBe(once);
  });

  it('with steps given, stamps only those', () => {
    const result = stampTranslation(ENGLISH, english(), GERMAN, { steps: ['a-question'] });
    expect(result.stamped).toEqual(['a-question']);
    expect(result.text).not.toMatch(/^translates:/m);
  });

  it('leaves headings inside code fences alone', () => {
    const fenced = GERMAN.replace('## Eine Frage {#a-question}\n', '## Eine Frage {#a-question}\n\n```markdown\n## Kein Schritt {#open-page}\n```\n');
    const text = stamp(fenced);
    expect(text).toContain('```markdown\n## Kein Schritt {#open-page}\n```');
    expect(text.match(/<!-- translates:/g)).toHaveLength(3);
  });
});

describe('a step shown in English in a translated course', () => {
  it('says so on screen and in print', async () => {
    const { stepContent } = await import('../../src/ui/step-content.js');
    const { printCourse } = await import('../../src/commands/print.js');
    const { createStyles } = await import('../../src/text/styles.js');
    const { translator } = await import('../../src/i18n/ui-strings.js');
    write(german(), stamp(GERMAN));
    write(english(), ENGLISH.replace('Which is right?', 'Which one is right?'));
    const course = load().translation.course;
    const [task, , quiz] = course.lessons[0]!.steps;
    const styles = createStyles({ color: false, unicode: true });
    const t = translator('en');
    const shown = (step: typeof task) => stepContent(step!, { width: 60, styles, t, windows: null, saved: undefined, checkLines: null, openMessage: null }).lines.join('\n');
    expect(shown(quiz)).toContain('This step is in English: its translation is being updated.');
    expect(shown(task)).not.toContain('its translation is being updated');
    const printed = printCourse(course, course.lessons, { width: 60, windows: null, styles, t });
    expect(printed.match(/its translation is being updated/g)).toHaveLength(1);
  });
});
