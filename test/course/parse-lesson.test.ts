import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/course/parse-lesson.js';

const front = (extra = '') => `---\nid: demo\ntitle: Demo lesson\nsummary: A demo.\nminutes: 3\n${extra}---\n`;

const quiz = (options: string) => ['```quiz', 'question: Pick one', 'options:', options, 'explanation: Because.', '```'].join('\n');

describe('parseLesson', () => {
  it('reads front matter and one step per ## heading, with stable ids', () => {
    const source = `${front()}\n# Demo lesson\n\n## Open the Activation page\n\nHello **world**.\n\n## Second {#explicit-id}\n\nMore.\n`;
    const { lesson, errors } = parseLesson(source, 'demo.md');
    expect(errors).toEqual([]);
    expect(lesson?.id).toBe('demo');
    expect(lesson?.minutes).toBe(3);
    expect(lesson?.steps.map((step) => [step.id, step.title, step.kind, step.line])).toEqual([
      ['open-the-activation-page', 'Open the Activation page', 'text', 10],
      ['explicit-id', 'Second', 'text', 14],
    ]);
    expect(lesson?.steps[0]?.body).toBe('Hello **world**.');
  });

  it('builds task, choice, quiz and check steps from their fenced YAML blocks', () => {
    const source = [
      front(),
      '## Do it',
      '```task\nopen: ms-settings:activation\n```',
      'Open the page.',
      '## Which Windows',
      '```choice\nquestion: Which?\nsets: windows\noptions:\n  - value: "11"\n    label: Windows 11\n  - value: 10\n    label: Windows 10\n```',
      '## Quiz',
      quiz('  - text: A\n    correct: true\n  - text: B\n    why: Not B.'),
      '## Check',
      '```check\nshow: activation\n```',
    ].join('\n\n');
    const { lesson, errors } = parseLesson(source, 'demo.md');
    expect(errors).toEqual([]);
    const [task, choice, quizStep, check] = lesson?.steps ?? [];
    expect(task).toMatchObject({ kind: 'task', open: 'ms-settings:activation', body: 'Open the page.', doneLabel: 'Mark as done' });
    expect(choice).toMatchObject({ kind: 'choice', sets: 'windows', options: [{ value: '11' }, { value: '10' }] });
    expect(quizStep).toMatchObject({ kind: 'quiz', explanation: 'Because.', options: [{ text: 'A', correct: true }, { text: 'B', correct: false, why: 'Not B.' }] });
    expect(check).toMatchObject({ kind: 'check', show: 'activation' });
  });

  it('keeps variant blocks in the body and rejects unknown Windows versions with their line', () => {
    const good = `${front()}\n## Step\n\n::: windows 11\nEleven.\n:::\n\n::: windows 10\nTen.\n:::\n`;
    expect(parseLesson(good, 'a.md').errors).toEqual([]);
    const bad = `${front()}\n## Step\n\n::: windows 12\nTwelve.\n:::\n`;
    expect(parseLesson(bad, 'b.md').errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([
      'b.md:10: unknown Windows variant "12" (use ::: windows 10 or ::: windows 11)',
    ]);
  });

  it('reports every problem as file and line', () => {
    const source = [
      '---\nid: Bad_Id\ntitle: T\nminutes: -1\n---',
      'Stray text.',
      '## Same',
      '## Same',
      '## Q',
      quiz('  - text: A\n  - text: B'),
      '## Kind',
      '```task\nopen: "http://example.com"\n```',
    ].join('\n\n');
    const messages = parseLesson(source, 'x.md').errors.map((e) => `${e.line}: ${e.message}`);
    expect(messages).toEqual([
      '1: front matter: id "Bad_Id" must be kebab-case (a-z, 0-9, -)',
      '1: front matter: missing summary',
      '1: front matter: minutes must be a positive number',
      '7: content before the first step: put it under a "## " heading',
      '11: duplicate step id "same" (first used on line 9)',
      '15: quiz block: needs exactly one option with correct: true (found 0)',
      expect.stringMatching(/^25: task block: open must be an ms-settings: URI or an https:\/\/ link \(/),
    ]);
  });

  it('reports YAML syntax errors at the line inside the block', () => {
    const source = `${front()}\n## Q\n\n\`\`\`quiz\nquestion: ok\noptions: [unclosed\n\`\`\`\n`;
    const [error] = parseLesson(source, 'q.md').errors;
    expect(error?.line).toBeGreaterThanOrEqual(11);
    expect(error?.message).toMatch(/^quiz block: invalid YAML/);
  });

  it('neutralises escape sequences and warns about them', () => {
    const source = `${front()}\n## Title \u001b]0;pwned\u0007\n\nRed \u001b[31mtext\u009b2J.\n`;
    const { lesson, warnings } = parseLesson(source, 'e.md');
    const text = JSON.stringify(lesson);
    expect(text).not.toMatch(/\u001b|\u0007|\u009b/);
    expect(lesson?.steps[0]?.body).toBe('Red \uFFFD[31mtext\uFFFD2J.');
    expect(warnings.map((w) => w.line)).toEqual([8, 10]);
  });

  it('rejects a lesson without steps or front matter', () => {
    expect(parseLesson('Just text\n', 'n.md').errors.map((e) => e.message)).toContain(
      'missing front matter: start the file with --- and id, title, summary, minutes',
    );
    expect(parseLesson(`${front()}\n`, 'n.md').errors.map((e) => e.message)).toContain(
      'lesson has no steps: start each step with a "## " heading',
    );
  });

  it('ignores ## inside code blocks and HTML comments after the last step', () => {
    const source = `${front()}\n## One\n\n\`\`\`\n## not a step\n\`\`\`\n\n<!-- SOURCES\n- x\n-->\n`;
    const { lesson, errors } = parseLesson(source, 'c.md');
    expect(errors).toEqual([]);
    expect(lesson?.steps).toHaveLength(1);
  });
});
