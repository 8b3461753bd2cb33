import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.js';
import { emptyProgress } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { TEXT_LANGUAGES, translator, type Translate } from '../../src/i18n/ui-strings.js';
import { windowsLabel } from '../../src/i18n/windows-labels.js';
import { lesson } from '../fixtures/course.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { tick } from './keys.js';

const CHECK = `---
id: check
title: Check
summary: One activation check.
minutes: 1
---

## Look {#look}

\`\`\`check
show: activation
\`\`\`
`;

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

// Review 2026-12 N-I6: "Settings > Activation" is neither Windows 11's path nor Windows 10's.
/** The check step's screen after the check failed, in a text language and a Windows language. */
async function failedCheck(t?: Translate, language?: string): Promise<string> {
  const course: Course = { title: 'Check course', lessons: [lesson(CHECK, '01-check.md')] };
  const progress = emptyProgress();
  const { sync } = memorySync(progress);
  const app = render(
    <App
      course={course}
      initial={initialState(course, progress, { lessonIndex: 0 })}
      sync={sync}
      styles={plainStyles}
      openLink={() => ''}
      checkActivation={() => Promise.reject(new Error('stopped'))}
      {...(t ? { t } : {})}
      {...(language ? { language } : {})}
    />,
  );
  cleanup = app.unmount;
  const frame = () => (app.lastFrame() ?? '').replace(/\s+/g, ' ');
  const wanted = (t ?? translator('en'))('check.failed').slice(0, 12);
  for (let waited = 0; waited < 500 && !frame().includes(wanted); waited += 10) await tick(10);
  return frame();
}

describe('the activation check step when the check fails', () => {
  it('names the Activation page by both real Settings paths', async () => {
    const frame = () => shown;
    const shown = await failedCheck();
    expect(frame()).toContain('did not finish; open the Activation page in Settings instead');
    expect(frame()).toContain('Windows 11: System > Activation; Windows 10: Update & Security > Activation');
    expect(frame()).not.toContain('open Settings > Activation');
  });

  // Labrefs: the catalogs named the pages in their own typed words ("Settings" in French,
  // "Activation" in Portuguese): Windows' words come from the label catalog, as in the lessons.
  it("puts in the user's Windows words, and marks a page that language's Windows has no words for", async () => {
    const shown = await failedCheck(translator('de'), 'de-DE');
    expect(shown).toContain('die Seite „Aktivierung“ in der App „Einstellungen“');
    expect(shown).toContain('Windows 11: System > Aktivierung; Windows 10: Update & Security (englischer Name) > Aktivierung');
    cleanup?.();
    // A Mexican Windows with the Spanish text: es-MX's own words, wherever they differ from es-ES.
    const mexican = await failedCheck(translator('es'), 'es-MX');
    for (const name of ['settings', 'settings.system', 'settings.activation']) expect(mexican).toContain(windowsLabel(name, 'es-MX')!.text);
  });

  it('leaves every label out of the catalogs: each has the slots, none types a page name', () => {
    for (const language of TEXT_LANGUAGES) {
      const raw = translator(language)('check.failed');
      for (const slot of ['{settings}', '{system}', '{activation}', '{updateSecurity}']) expect(raw, `${language} ${slot}`).toContain(slot);
      // The paths are slots only; "activation check" and its translations are prose, not a label.
      expect(raw, language).not.toMatch(/[^\s}] >|> [^{]/);
      for (const words of ['Settings', 'Update & Security', 'Einstellungen', 'Paramètres', 'Configuración', 'Configurações', '設定の']) {
        expect(raw, `${language}: ${words}`).not.toContain(words);
      }
    }
  });
});
