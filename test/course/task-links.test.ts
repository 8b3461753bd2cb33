import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/course/parse-lesson.js';
import { openLink, type SpawnLike } from '../../src/windows/settings-links.js';

/** Links an author might write after `open:` in a task block: good ones, near misses, hostile ones. */
const SAMPLE = [
  'ms-settings:activation',
  'ms-settings:privacy-activityhistory',
  'ms-settings:Activation',
  'ms-settings:a--b',
  'ms-settings:-activation',
  'ms-settings:activation-',
  `ms-settings:${'a'.repeat(120)}`,
  'https://account.microsoft.com/privacy',
  'https://learn.microsoft.com/windows/apps/develop/launch/launch-settings?view=x&a=1#top',
  'https://localhost/',
  'https://example.com/a,b',
  'https://example.com/a\\b',
  'https://example.com/ä',
  'https://example.com/a{b}',
  'https://-bad-.com/',
  'https://example.com:99999999/',
  `https://example.com/${'x'.repeat(2100)}`,
  'http://example.com/',
  'file:///C:/Windows/System32/calc.exe',
];

/** What validate says: the lesson loads with this link, or not. */
function validateAccepts(link: string): boolean {
  const source = `---\nid: links\ntitle: Links\nsummary: S\nminutes: 1\n---\n\n## Open it\n\n\`\`\`task\nopen: '${link}'\n\`\`\`\n`;
  return parseLesson(source, 'links.md').lesson !== null;
}

/** What the `o` key does on Windows: opens it, or refuses it. */
function openKeyAccepts(link: string): boolean {
  const spawn: SpawnLike = () => ({ on: () => undefined, unref: () => undefined });
  return openLink(link, { platform: 'win32', spawn }).opened;
}

describe('task links: validate and the o key agree', () => {
  const named = SAMPLE.map((link) => [link.length > 60 ? `${link.slice(0, 40)}… (${link.length} characters)` : link, link] as const);
  it.each(named)('%s', (_name, link) => {
    expect(validateAccepts(link), 'validate and o must agree').toBe(openKeyAccepts(link));
  });

  it('a link that a YAML escape puts a control character into is refused by both', () => {
    const source = `---\nid: links\ntitle: Links\nsummary: S\nminutes: 1\n---\n\n## Open it\n\n\`\`\`task\nopen: "https://example.com/\\e[2J"\n\`\`\`\n`;
    expect(parseLesson(source, 'links.md').lesson).toBeNull();
  });

  it('the sample has links of both kinds, so agreement means something', () => {
    expect(SAMPLE.filter(openKeyAccepts).length).toBeGreaterThan(2);
    expect(SAMPLE.filter((link) => !openKeyAccepts(link)).length).toBeGreaterThan(2);
  });
});
