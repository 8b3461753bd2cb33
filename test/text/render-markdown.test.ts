import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/course/sanitize.js';
import { renderMarkdown } from '../../src/text/render-markdown.js';
import { createStyles, plainStyles } from '../../src/text/styles.js';
import { displayWidth } from '../../src/text/wrap.js';
import { detectTerminal } from '../../src/terminal-env.js';

const render = (markdown: string, width = 40, styles = plainStyles) => renderMarkdown(markdown, { width, windows: null, styles });

describe('renderMarkdown', () => {
  it('renders headings, emphasis, lists, code and quotes as terminal lines', () => {
    const lines = render('### Sub\n\nSome **bold** and *it* with `code`.\n\n1. one\n2. two\n\n- a\n- b\n\n```\nslmgr /dli\n```\n\n> quoted');
    expect(lines).toEqual(['Sub', '', 'Some bold and it with `code`.', '', '1. one', '2. two', '', '- a', '- b', '', '  slmgr /dli', '', '> quoted']);
  });

  it('wraps to the width with a hanging indent in lists', () => {
    const lines = render('- a long item that needs to wrap onto the next line', 20);
    expect(lines).toEqual(['- a long item that', '  needs to wrap onto', '  the next line']);
  });

  it('decodes HTML character references in text, but never into control characters', () => {
    expect(render('Tom &amp; Jerry &lt;3 &#8211; caf&eacute; &#x41;', 80)).toEqual(['Tom & Jerry <3 – café A']);
    expect(render('`&amp;` stays in code', 80)).toEqual(['`&amp;` stays in code']);
    // Lesson text is sanitised at load (references to controls become U+FFFD); this is that path.
    expect(render(sanitizeText('&#27;[31m &#x9b;2J'), 80).join('')).not.toMatch(/[\u001B\u009B]/);
  });

  it('shows link targets in words', () => {
    expect(render('See [the dashboard](https://account.microsoft.com/privacy).', 80)).toEqual([
      'See the dashboard (https://account.microsoft.com/privacy).',
    ]);
  });

  it('makes links clickable (OSC 8) only when the terminal supports it, and wraps them safely', () => {
    const styles = createStyles({ color: true, unicode: true, hyperlinks: true });
    const lines = render('Open [the privacy dashboard page](https://account.microsoft.com/privacy) in a browser.', 24, styles);
    expect(lines.join('\n')).toContain('\u001B]8;;https://account.microsoft.com/privacy\u0007');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(24);
    expect(stripAnsi(lines.join(' '))).toContain('the privacy dashboard');
    const without = render('[x](https://example.com/x)', 40, createStyles({ color: true, unicode: true }));
    expect(without.join('')).not.toContain('\u001B]8;;');
  });

  it('detects hyperlink support conservatively', () => {
    expect(detectTerminal({ TERM: 'xterm-256color' }, true, false).hyperlinks).toBe(false);
    expect(detectTerminal({ WT_SESSION: 'x' }, true, false).hyperlinks).toBe(true);
    expect(detectTerminal({ WT_SESSION: 'x', NO_COLOR: '1' }, true, false).hyperlinks).toBe(false);
    expect(detectTerminal({ WT_SESSION: 'x' }, false, false).hyperlinks).toBe(false);
    expect(detectTerminal({ FORCE_HYPERLINK: '0', WT_SESSION: 'x' }, true, false).hyperlinks).toBe(false);
  });

  it('lets FORCE_COLOR override NO_COLOR but never a screen reader', () => {
    expect(detectTerminal({ FORCE_COLOR: '1', NO_COLOR: '1' }, false, false).color).toBe(true);
    expect(detectTerminal({ FORCE_COLOR: '1' }, true, true).color).toBe(false);
  });

  it('shows both Windows variants labelled, or only the chosen one', () => {
    const markdown = '::: windows 11\nEleven.\n:::\n\n::: windows 10\nTen.\n:::';
    expect(render(markdown)).toEqual(['[Windows 11]', 'Eleven.', '', '[Windows 10]', 'Ten.']);
    expect(renderMarkdown(markdown, { width: 40, windows: '10', styles: plainStyles })).toEqual(['Ten.']);
  });
});
