// The shipped lessons name every Windows label the catalog holds by reference, never as plain
// words: a label written out stays English on a German or Japanese screen.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeCourse } from '../../src/course/label-refs.js';
import { loadCourse } from '../../src/course/load-course.js';
import { labelNames, labelSource, windowsLabel } from '../../src/i18n/windows-labels.js';
import { DEFAULT_LESSONS_DIR } from '../../src/paths.js';
import { escape, PAGE_NAMED } from '../fixtures/label-forms.js';

const LABEL_REF = /\[[^\]\n]*\]\(label:[^)\s]*\)/g;

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

  // A one-word Settings page is caught as a page: PAGE_NAMED (test/fixtures/label-forms.ts).
  // Label words the prose may use as plain words ('*': every language), and why.
  const NOT_LABELS: readonly { readonly where: string; readonly name: string; readonly why: string }[] = [
    { where: '*', name: 'activation.message.activated', why: 'the tutor states the state itself ("Now check that Windows is activated", a task\'s "done: Windows is activated again"), it does not quote the message' },
    { where: 'en/07-recap.md', name: 'privacy.diagnostic-level.required', why: 'the level as a noun starting a sentence; lower case elsewhere in the same quiz' },
    { where: 'de/02-before-you-start.md', name: 'activation.add-account', why: '"wie Sie Ihr Microsoft-Konto hinzufügen": the verb, not the link' },
    { where: 'de/02-before-you-start.md', name: 'activation.add-microsoft-account', why: 'the same sentence' },
    { where: 'ja/02-before-you-start.md', name: 'activation.add-microsoft-account', why: '"Microsoft アカウントを追加する方法": adding an account, not the group\'s name' },
    { where: 'ja/03-link-your-license.md', name: 'activation.add-microsoft-account', why: '"Microsoft アカウントを追加します" ("you add your Microsoft account"), not the group\'s name' },
    { where: 'es/06-troubleshooting.md', name: 'settings.privacy.general', why: '"una página general": the adjective' },
    { where: 'pt-BR/06-troubleshooting.md', name: 'settings.privacy.general', why: '"uma página geral": the adjective' },
  ];

  it('name no Windows label as typed words in running text, in any language', () => {
    const found: string[] = [];
    for (const dir of ['', ...Object.keys(TRANSLATIONS)]) {
      const lang = dir || 'en';
      for (const file of readdirSync(path.join(DEFAULT_LESSONS_DIR, dir)).filter((name) => name.endsWith('.md'))) {
        const text = prose(path.join(DEFAULT_LESSONS_DIR, dir, file));
        const where = `${lang}/${file}`;
        for (const name of labelNames()) {
          const words = (dir === '' ? labelSource(name)!.english : windowsLabel(name, TRANSLATIONS[dir]!)!.text).replace(/[.。]$/, '');
          if (NOT_LABELS.some((known) => (known.where === '*' || known.where === where) && known.name === name)) continue;
          const patterns = /\s/.test(words)
            ? [escape(words)]
            : name.startsWith('settings.') ? PAGE_NAMED[lang]!.map((form) => form.replace('{label}', escape(words))) : [];
          for (const pattern of patterns) {
            // Case counts for a label's own words (Windows writes them so); page forms vary in case.
            // Japanese writes no spaces between words, so a label there has no word boundary.
            const bounded = lang === 'ja' ? pattern : `(?<!\\p{L})${pattern}(?!\\p{L})`;
            const match = new RegExp(bounded.replace(/’/g, "['’]"), /\s/.test(words) ? 'u' : 'iu').exec(text);
            if (match) found.push(`${where}: "${match[0]}" (label ${name})`);
          }
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
