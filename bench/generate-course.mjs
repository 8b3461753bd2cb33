// Writes a large synthetic course (default 500 lessons x 40 steps) for the start-up scaling
// target. Steps look like the shipped ones: a paragraph with emphasis and inline code, a short
// list, and every few steps a Windows 10/11 variant, a task block or a quiz block, so the
// lesson parser does the same kinds of work it does for the real course. Average step size is
// about 500 bytes (the shipped lessons average ~800 bytes per step).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pad = (n, width) => String(n).padStart(width, '0');

function step(lesson, index) {
  const id = `step-${index + 1}`;
  const lines = [
    `## Step ${index + 1} of lesson ${lesson} {#${id}}`,
    '',
    `This is step ${index + 1} of generated lesson ${lesson}. It explains one small thing about`,
    `the **Activation** page and why it matters, with a \`code\` sample and an _emphasised_ word.`,
    '',
    '- first point to remember',
    '- second point, with **bold** text',
    '- third point: open **Settings** when asked',
    '',
  ];
  if (index % 5 === 1) {
    lines.push('::: windows 11', 'Open **Settings > System > Activation**.', ':::', '', '::: windows 10', 'Open **Settings > Update & Security > Activation**.', ':::', '');
  } else if (index % 5 === 3) {
    lines.push('```task', 'open: ms-settings:activation', 'done: I have looked at the page', '```', '');
  } else if (index % 10 === 9) {
    lines.push(
      '```quiz',
      `question: Generated question ${index + 1} of lesson ${lesson}?`,
      'options:',
      '  - text: The right answer',
      '    correct: true',
      '  - text: A wrong answer',
      '    why: Because it is wrong.',
      'explanation: The first option is right.',
      '```',
      '',
    );
  }
  return lines.join('\n');
}

/** Writes `lessons` lesson files with `steps` steps each into `dir` (created if missing). */
export function generateCourse(dir, { lessons = 500, steps = 40 } = {}) {
  mkdirSync(dir, { recursive: true });
  const width = String(lessons).length;
  let bytes = 0;
  for (let n = 1; n <= lessons; n++) {
    const body = [
      '---',
      `id: generated-${n}`,
      `title: Generated lesson ${n}`,
      `summary: Synthetic lesson ${n} for the start-up benchmark.`,
      'minutes: 5',
      '---',
      '',
      `# Generated lesson ${n}`,
      '',
      ...Array.from({ length: steps }, (_, index) => step(n, index)),
    ].join('\n');
    writeFileSync(join(dir, `${pad(n, width)}-generated-${n}.md`), body);
    bytes += Buffer.byteLength(body);
  }
  return { lessons, steps, bytes };
}
