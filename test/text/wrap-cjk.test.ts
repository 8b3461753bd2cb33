// Chinese and Japanese line breaking: between characters, at CJK/Latin boundaries and at spaces,
// never inside a Latin word that fits a line, with kinsoku (JIS X 4051 line-start and line-end
// prohibited characters), styles and hyperlinks kept across breaks.
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { endsLineBadly, isCjk, startsLineBadly } from '../../src/text/line-breaks.js';
import { OpenStyles } from '../../src/text/open-styles.js';
import { renderMarkdown } from '../../src/text/render-markdown.js';
import { createStyles, plainStyles } from '../../src/text/styles.js';
import { displayWidth, truncateLine, wrapLines } from '../../src/text/wrap.js';
import { seededRandom } from '../fixtures/seeded-random.js';

const colour = createStyles({ color: true, unicode: true, hyperlinks: true });

/** What a wrapped paragraph says, without the spaces a break may take. */
const content = (text: string) => stripAnsi(text).replace(/ /g, '');

describe('wrapLines with CJK text', () => {
  it('breaks between Japanese characters and fills each line', () => {
    expect(wrapLines('あいうえおかきくけこさしすせそ', 10)).toEqual(['あいうえお', 'かきくけこ', 'さしすせそ']);
    expect(wrapLines('漢字と仮名の文章を折り返します', 12)).toEqual(['漢字と仮名の', '文章を折り返', 'します']);
  });

  it('never starts a line with 、。」） or a small kana: the character before goes down with it', () => {
    expect(wrapLines('あいうえお。かきくけこ', 10)).toEqual(['あいうえ', 'お。かきく', 'けこ']);
    expect(wrapLines('あいうえお、かきくけこ', 10)).toEqual(['あいうえ', 'お、かきく', 'けこ']);
    expect(wrapLines('あいう「えお」かきく', 10)).toEqual(['あいう「え', 'お」かきく']);
    expect(wrapLines('あいうえおっかきくけ', 10)).toEqual(['あいうえ', 'おっかきく', 'け']);
    expect(wrapLines('あいうえアップデート', 10)).toEqual(['あいうえ', 'アップデー', 'ト']);
    expect(wrapLines('ハードウェアの変更', 10)).toEqual(['ハードウェ', 'アの変更']);
    expect(wrapLines('あいうえ（かき）くけ', 10)).toEqual(['あいうえ', '（かき）く', 'け']);
  });

  it('never ends a line with an opening bracket: it goes down with what it opens', () => {
    expect(wrapLines('あいうえ「かき」くけ', 10)).toEqual(['あいうえ', '「かき」く', 'け']);
    expect(wrapLines('あいうえ『かき』', 10)).toEqual(['あいうえ', '『かき』']);
    expect(wrapLines('あいうえ(かき)', 10)).toEqual(['あいうえ', '(かき)']);
  });

  it('breaks between Japanese and Latin text, never inside a Latin word that fits a line', () => {
    expect(wrapLines('これはWindowsの設定です', 10)).toEqual(['これは', 'Windowsの', '設定です']);
    expect(wrapLines('設定アプリをこのウィンドウの隣に開いておいてください。Windows での操作', 40)).toEqual([
      '設定アプリをこのウィンドウの隣に開いてお',
      'いてください。Windows での操作',
    ]);
    expect(wrapLines('の Microsoft アカウント', 10)).toEqual(['の', 'Microsoft', 'アカウント']);
    // Latin runs glued to kana: 'PC' and 'Microsoft' stay whole.
    for (const line of wrapLines('一部のプリインストールPCではPCに組み込まれたMicrosoftアカウント', 12)) {
      expect(line).not.toMatch(/^(C|icrosoft|crosoft|rosoft|osoft|soft|oft|ft|t)[^a-z]/);
      expect(displayWidth(line)).toBeLessThanOrEqual(12);
    }
  });

  it('breaks a Latin word only when it alone is wider than the line: a long URL', () => {
    const url = 'https://support.microsoft.com/windows/reactivating-windows-after-a-hardware-change';
    const lines = wrapLines(`詳しくは ${url} を参照してください。`, 30);
    expect(lines.every((line) => displayWidth(line) <= 30)).toBe(true);
    expect(lines.join('')).toContain(url.slice(0, 20));
    expect(content(lines.join(''))).toBe(content(`詳しくは${url}を参照してください。`));
    // Glued to Japanese, no spaces: the URL starts on a fresh line only if that costs no extra line.
    const glued = wrapLines(`詳しくは${url}を参照してください。`, 30);
    expect(glued.every((line) => displayWidth(line) <= 30)).toBe(true);
    expect(glued.join('')).toBe(`詳しくは${url}を参照してください。`);
  });

  it('keeps styles and hyperlinks: each row closes what is open and the next opens it again', () => {
    const text = `リンクは数分で終わりますが、${colour.bold('管理者アカウント')}でサインインし、${colour.hyperlink(colour.link('アカウントのページ'), 'https://account.microsoft.com/')}を開いてください。`;
    const lines = wrapLines(text, 14);
    expect(lines.map((line) => stripAnsi(line))).toEqual(wrapLines(stripAnsi(text), 14));
    expect(content(lines.join(''))).toBe(content(text));
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(14);
      // Whatever a row opens it closes: bold, underline and the link.
      const opened = (line.match(/\u001B\[1m/g) ?? []).length;
      expect((line.match(/\u001B\[22m/g) ?? []).length).toBe(opened);
      expect((line.match(/\u001B\]8;;https/g) ?? []).length).toBe((line.match(/\u001B\]8;;\u0007/g) ?? []).length);
      // A row never opens a style it shows nothing in, nor starts by closing one.
      expect(line).not.toMatch(/\u001B\[1m\u001B\[22m|^\u001B\[2[24]m/);
    }
    const bold = lines.filter((line) => line.includes('\u001B[1m'));
    expect(bold.length).toBeGreaterThan(1);
    expect(lines.filter((line) => line.includes('\u001B]8;;https://account.microsoft.com/\u0007')).length).toBeGreaterThan(1);
  });

  it('random mixed text: fits, loses nothing, no line starts with a prohibited character, no short Latin word split', () => {
    const next = seededRandom(11);
    const pieces = ['あ', '漢字', 'ライセンス', '。', '、', '「設定」', '（注）', 'っ', 'ー', 'Windows', 'PC', ' ', ' ', 'Microsoft アカウント', 'https://account.microsoft.com/devices'];
    for (let sample = 0; sample < 300; sample++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, () => pieces[Math.floor(next() * pieces.length)]).join('').trim();
      const width = 10 + Math.floor(next() * 40);
      const lines = wrapLines(text, width);
      const label = `${JSON.stringify(text)} at ${width}`;
      expect(content(lines.join('')), label).toBe(content(text));
      const longWords = text.split(/[ \u3000-\u9fff\uff00-\uffef]+/).filter((word) => displayWidth(word) > width);
      lines.forEach((line, index) => {
        expect(displayWidth(line), label).toBeLessThanOrEqual(width);
        if (index === 0) return;
        const tail = latinRun([...(lines[index - 1] ?? '')].reverse()).reverse().join('');
        const head = latinRun([...line]).join('');
        const inLongWord = tail !== '' && head !== '' && longWords.some((word) => word.includes(tail + head));
        const atSpace = text.replace(/ +/g, ' ').includes(`${tail} ${head}`);
        // Two Latin characters either side of a break: a space was there, or the word is wider than a line.
        if (tail !== '' && head !== '') expect(atSpace || inLongWord, label).toBe(true);
        // A prohibited character starts a line only after a space in the source, or inside such a
        // word, or where what kinsoku glues together around the break is wider than a line (kinsoku
        // gives way, no word is cut): a Latin word that fills the line, then 。
        const first = [...line][0] ?? '';
        const relaxed = displayWidth(glued([...(lines[index - 1] ?? '')], [...line])) > width;
        if (startsLineBadly(first)) expect(text.includes(` ${first}`) || inLongWord || relaxed, label).toBe(true);
      });
    }
  });

  it('random styled text breaks where the same text without styles does, and every row closes what it opens', () => {
    const next = seededRandom(23);
    const pieces = ['あ', '漢字', 'ライセンス', '。', '「設定」', 'っ', 'Windows', ' ', 'https://account.microsoft.com/devices'];
    const style = [colour.bold, colour.italic, colour.link, (text: string) => colour.hyperlink(text, 'https://example.com/'), (text: string) => text];
    for (let sample = 0; sample < 200; sample++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)] ?? '');
      const styled = parts.map((part) => (style[Math.floor(next() * style.length)] ?? String)(part)).join('');
      const width = 10 + Math.floor(next() * 30);
      const lines = wrapLines(styled, width);
      const label = `${JSON.stringify(styled)} at ${width}`;
      expect(lines.map((line) => stripAnsi(line)), label).toEqual(wrapLines(stripAnsi(styled), width));
      for (const line of lines) {
        const after = new OpenStyles();
        for (const escape of line.match(/\u001B\[[0-9;]*m|\u001B\]8;;[^\u0007]*\u0007/g) ?? []) after.apply(escape);
        expect(after.closing(), label).toBe('');
      }
    }
  });

  it('leaves lines without CJK to the space-only breaker', () => {
    // Hangul and emoji are wide but not CJK here: Korean breaks at spaces.
    expect(isCjk('한')).toBe(false);
    expect(isCjk('👍')).toBe(false);
    expect(wrapLines('한국어한국어한국어 단어', 10)).toEqual(['한국어한국', '어한국어', '단어']);
  });
});

describe('truncateLine with CJK text', () => {
  it('cuts between Japanese characters instead of going back to the last space', () => {
    expect(truncateLine('デジタル ライセンスか、プロダクト キーか', 16)).toBe('デジタル ライセ…');
    expect(truncateLine('あいうえおかき。さしすせそ', 16)).toBe('あいうえおかき…');
    // Never inside a Latin word that would fit, never right after an opening bracket.
    expect(truncateLine('ライセンスをMicrosoftアカウントに', 16)).toBe('ライセンスを…');
    expect(truncateLine('あいうえおかき「設定」', 16)).toBe('あいうえおかき…');
    // English as before.
    expect(truncateLine('Link your Windows license to your Microsoft account', 30)).toBe('Link your Windows license to…');
  });
});

describe('markdown soft breaks in CJK text', () => {
  const render = (markdown: string, width = 80, styles = plainStyles) => renderMarkdown(markdown, { width, windows: null, styles });

  it('joins lines with no space between two CJK characters, with a space otherwise', () => {
    expect(render('リンクは数分で終わりますが、\n先にいくつかの条件を満たす必要があります。')).toEqual(['リンクは数分で終わりますが、先にいくつかの条件を満たす必要があります。']);
    expect(render('設定を開く\n前に')).toEqual(['設定を開く前に']);
    expect(render('Windows の\nMicrosoft アカウント')).toEqual(['Windows の Microsoft アカウント']);
    expect(render('これは Windows\nの設定')).toEqual(['これは Windows の設定']);
    expect(render('English text\nstays as it was')).toEqual(['English text stays as it was']);
    // A list item and a hard break: the hard break still breaks.
    expect(render('- 項目の\n  続き  \n次の行')).toEqual(['- 項目の続き', '  次の行']);
  });

  it('looks through emphasis and styles for the characters either side', () => {
    expect(render('先に**管理者**\nアカウントで')).toEqual(['先に管理者アカウントで']);
    const styled = render('先に**管理者**\nアカウントで', 80, colour);
    expect(styled).toEqual(['先に\u001B[1m管理者\u001B[22mアカウントで']);
  });
});

/** The text around the break between two rows that may not break: no space, no CJK break opportunity (kinsoku counted). */
function glued(before: readonly string[], after: readonly string[]): string {
  const holds = (left: string, right: string) => left !== ' ' && right !== ' ' && ((!isCjk(left) && !isCjk(right)) || endsLineBadly(left) || startsLineBadly(right));
  let start = before.length;
  while (start > 0 && holds(before[start - 1] ?? ' ', before[start] ?? after[0] ?? ' ')) start--;
  let end = 0;
  while (end < after.length - 1 && holds(after[end] ?? ' ', after[end + 1] ?? ' ')) end++;
  return [...before.slice(start), ...after.slice(0, end + 1)].join('');
}

/** The graphemes at the start of `graphemes` up to the first space or CJK character. */
function latinRun(graphemes: readonly string[]): string[] {
  const end = graphemes.findIndex((grapheme) => grapheme === ' ' || isCjk(grapheme));
  return graphemes.slice(0, end === -1 ? graphemes.length : end);
}
