// Search (/) in every language: case, accents and character width do not count, ß is ss, and
// Japanese (no spaces between words) is found anywhere in a sentence, with a snippet around it.
import { describe, expect, it } from 'vitest';
import { searchCourse } from '../../src/course/course-search.js';
import { foldChar, foldText as foldQuery, originalIndex } from '../../src/course/fold-text.js';
import type { Course } from '../../src/course/types.js';
import { lesson } from '../fixtures/course.js';

const GERMAN = `---
id: aktivierung
title: Aktivierung nach einem Hardwarewechsel
summary: Nach dem Tausch der Hauptplatine.
minutes: 3
---

## Größe des Straßenschilds {#strasse}

Öffnen Sie die Einstellungen und wählen Sie die Problembehandlung.

## Résumé en français {#francais}

Le numéro de série est affiché à l'écran « Activation ».
`;

const JAPANESE = `---
id: nihongo
title: ライセンスの確認
summary: アクティベーションの状態を確かめます。
minutes: 2
---

## 手順 {#tejun}

設定を開き、システム＞ライセンス認証を選択して、ハードウェアを最近変更しましたを押します。ここには長い説明文が続いており、単語の間に空白はありません。その後にアクティベーションの状態が表示されます。

## カードとガード {#kana}

カードの話です。
`;

const course: Course = { title: 'Test', lessons: [lesson(GERMAN, '01-de.md'), lesson(JAPANESE, '02-ja.md')] };
const where = (query: string) => searchCourse(course, query).map((hit) => `${hit.lessonIndex}.${hit.stepIndex}`);

describe('search folds case, accents and width', () => {
  it('matches regardless of case and accents, and ß as ss', () => {
    expect(where('STRASSE')).toEqual(['0.0']);
    expect(where('grosse')).toEqual(['0.0']);
    expect(where('Größe')).toEqual(['0.0']);
    expect(where('oeffnen')).toEqual([]); // "ö" is "o", not "oe": Intl.Collator's base strength says the same
    expect(where('offnen sie')).toEqual(['0.0']);
    expect(where('resume EN FRANCAIS')).toEqual(['0.1']);
    expect(where('NUMERO DE SERIE')).toEqual(['0.1']);
    // A query typed with decomposed accents (e + U+0301) finds the composed text too.
    expect(where('nume\u0301ro')).toEqual(['0.1']);
  });

  it('agrees with Intl.Collator at base strength on what counts as the same letter', () => {
    const collator = new Intl.Collator('und', { sensitivity: 'base' });
    for (const [a, b] of [['é', 'e'], ['Ä', 'a'], ['ñ', 'N'], ['ç', 'c'], ['Ａ', 'a'], ['ß', 'ss'], ['ｱ', 'ア']]) {
      expect(collator.compare(a!, b!), `${a} ${b}`).toBe(0);
      expect(foldQuery(a!), `${a} ${b}`).toBe(foldQuery(b!));
    }
  });

  it('finds Japanese anywhere in a sentence, full-width or half-width, with the text around it', () => {
    expect(where('ライセンス認証')).toEqual(['1.0']);
    // Half-width katakana (and its separate voicing mark) is the same text.
    expect(where('ｱｸﾃｨﾍﾞｰｼｮﾝ')).toEqual(['1.0']);
    expect(where('ハードウェア')).toEqual(['1.0']);
    // A full-width ">" in the text is found by a half-width one.
    expect(where('システム>ライセンス')).toEqual(['1.0']);
    // Voicing marks keep their meaning: カード is not ガード.
    expect(where('ガード')).toEqual(['1.1']);
    expect(where('カードの話')).toEqual(['1.1']);
    const snippet = searchCourse(course, 'アクティベーションの状態が')[0]!.snippet;
    expect(snippet).toContain('アクティベーションの状態が');
    // No spaces to cut at: the snippet starts near the match, not at the start of the paragraph.
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThan(100);
  });

  it('shows the original characters in the snippet, whatever was typed', () => {
    expect(searchCourse(course, 'SERIE EST')[0]!.snippet).toContain('série est');
    expect(searchCourse(course, 'ecran')[0]!.snippet).toContain('écran');
  });

  it('maps every unit of the folded text back to the character it came from', () => {
    for (const text of ['Straße… ﬁne Ａ ｶﾞ 😀 é́ İ résumé', 'plain ascii', '', '日本語のテキスト']) {
      const starts: number[] = [];
      let index = 0;
      for (const char of text) {
        for (let unit = 0; unit < foldChar(char).length; unit++) starts.push(index);
        index += char.length;
      }
      expect(foldQuery(text).length).toBe(starts.length);
      starts.forEach((start, unit) => expect(originalIndex(text, unit), `${text} @${unit}`).toBe(start));
      expect(originalIndex(text, starts.length)).toBe(text.length);
    }
  });
});
