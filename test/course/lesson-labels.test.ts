// The shipped lessons name every Windows label the catalog holds by reference, never as plain
// words: a label written out stays English on a German or Japanese screen.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeCourse } from '../../src/course/label-refs.js';
import { loadCourse } from '../../src/course/load-course.js';
import { labelNames, labelSource, windowsLabel } from '../../src/i18n/windows-labels.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';

const LABEL_REF = /\[[^\]\n]*\]\(label:[^)\s]*\)/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A lesson's reading text with label references and its SOURCES comment taken out. */
function plainText(file: string): string {
  const text = readFileSync(path.join(DEFAULT_LESSONS_DIR, file), 'utf8');
  const end = text.indexOf('<!-- SOURCES');
  return (end < 0 ? text : text.slice(0, end)).replace(LABEL_REF, '');
}

/** Translated lesson folders and the Windows language whose words they use. */
const TRANSLATIONS: Readonly<Record<string, string>> = { de: 'de-DE', fr: 'fr-FR', es: 'es-ES', 'pt-BR': 'pt-BR', ja: 'ja-JP' };

/**
 * A lesson's prose, one line: front matter, headings, comments, code and label references out;
 * of a quiz, task or choice block only the fields a reader sees.
 */
function prose(file: string): string {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('<!-- SOURCES');
  return (end < 0 ? text : text.slice(0, end))
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```(\w*)\n[\s\S]*?^```$/gm, (block, kind: string) =>
      ['quiz', 'task', 'choice'].includes(kind) ? block.replace(/^\s*-?\s*(id|open|verify|sets|value|correct):.*$/gm, '') : '')
    .replace(/^#.*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(LABEL_REF, '')
    .replace(/\s*\n\s*/g, ' ');
}

describe('shipped lessons and the Windows label catalog', () => {
  const files = readdirSync(DEFAULT_LESSONS_DIR).filter((file) => file.endsWith('.md'));

  it('write no catalog label as plain quoted or bold words', () => {
    const found: string[] = [];
    for (const file of files) {
      // Lines joined: a label may wrap over two lines in the markdown.
      const text = plainText(file).replace(/\s*\n\s*/g, ' ');
      for (const name of labelNames()) {
        const english = labelSource(name)!.english.replace(/[.]$/, '');
        const words = escape(english).replace(/’/g, "['’]");
        // Quoted ("Never", \"Activate\" in YAML) or bold (**Your info**) as a whole.
        const plain = new RegExp(`(\\\\?"|\\*\\*)${words}\\.?(\\\\?"|\\*\\*)`);
        const match = plain.exec(text);
        if (match) found.push(`${file}: ${match[0]} (label ${name})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('write the names the translators found as references, not plain words, in every language', () => {
    // Labels whose English the lessons once wrote as prose ("the Your info page", "features such
    // as Find my device"), so translations had to keep Windows' English. Headings, code and the
    // SOURCES comment may still name them: headings cannot hold labels.
    const names = ['settings', 'settings.your-info', 'settings.find-my-device', 'settings.privacy.diagnostics', 'settings.windows-specifications',
      'settings.windows-backup', 'shell.start', 'shell.command-prompt', 'privacy.diagnostic-level.optional', 'activation.message.linked',
      'activation.message.digital-license', 'activation.message.organization'];
    const found: string[] = [];
    for (const dir of ['', ...Object.keys(TRANSLATIONS)]) {
      for (const file of readdirSync(path.join(DEFAULT_LESSONS_DIR, dir)).filter((name) => name.endsWith('.md'))) {
        const text = prose(path.join(DEFAULT_LESSONS_DIR, dir, file));
        for (const name of names) {
          const english = labelSource(name)!.english.replace(/[.]$/, '');
          // German "Start" is also "start-up": where a language's label is the English word, skip.
          if (dir !== '' && windowsLabel(name, TRANSLATIONS[dir]!)?.text === labelSource(name)!.english) continue;
          const words = new RegExp(`(?<!\\p{L})${escape(english).replace(/’/g, "['’]")}(?!\\p{L})`, 'u');
          const match = words.exec(text);
          if (match) found.push(`${dir || 'en'}/${file}: "${text.slice(Math.max(0, match.index - 30), match.index + english.length + 10)}" (label ${name})`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('show the labels the accuracy passes added in the Windows language, or say they are English', () => {
    const german = localizeCourse(loadCourse(DEFAULT_LESSONS_DIR).course, 'de-DE', (label) => `${label} (English name)`);
    const body = (lessonId: string, stepId: string) =>
      german.lessons.find((lesson) => lesson.id === lessonId)!.steps.find((step) => step.id === stepId)!.body.replace(/\s+/g, ' ');
    const feedback = body('privacy-controls', 'diagnostics-feedback');
    expect(feedback).toContain('"Feedbackhäufigkeit"');
    expect(feedback).toContain('"Nie"');
    expect(feedback).toContain('"Freihand und Eingabe verbessern"');
    expect(body('after-hardware-change', 'what-next')).toContain('"Product Key ändern"');
    expect(body('after-hardware-change', 'pick-device')).toContain("This is the device I'm using right now (English name)");
    expect(body('privacy-controls', 'advertising-id')).toContain('Recommendations & offers (English name)');
  });
});
