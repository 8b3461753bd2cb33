import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../src/course/types.js';
import { lesson } from '../fixtures/course.js';
import { emptyProgress } from '../../src/progress/model.js';
import { plainStyles } from '../../src/text/styles.js';
import { initialState } from '../../src/tutor/reducer.js';
import { App } from '../../src/ui/app.js';
import { fieldKey } from '../../src/tutor/code-field.js';
import { windowsLabel } from '../../src/i18n/windows-labels.js';
import { memorySync } from '../fixtures/memory-sync.js';
import { keys, tick, typeWithRedraw } from './keys.js';

const SOURCE = `---
id: codes
title: Codes
summary: Look a code up.
minutes: 1
---

## Look up your code {#look-up}

Type the code.

\`\`\`check
show: error-code
\`\`\`

## After {#after}

Done.
`;

function course(): Course {
  return { title: 'Codes course', lessons: [lesson(SOURCE, '01-codes.md')] };
}

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function renderLookup(language?: string) {
  const shown = course();
  const initial = initialState(shown, emptyProgress(), { lessonIndex: 0 });
  const { sync } = memorySync(emptyProgress());
  const app = render(<App course={shown} initial={initial} sync={sync} styles={plainStyles} {...(language === undefined ? {} : { language })} />);
  cleanup = app.unmount;
  const frame = () => app.lastFrame() ?? '';
  const type = (...input: string[]) => typeWithRedraw(app, input);
  return { frame, type };
}

describe('error-code step', () => {
  it('takes a typed code and shows the same answer as `why`', async () => {
    const { frame, type } = renderLookup();
    await tick();
    expect(frame()).toContain('Press Enter or e to type an error code');
    expect(frame()).toContain('Enter/e type a code');
    await type(keys.enter);
    expect(frame()).toContain('Error code: _');
    // n and q are not hex: while typing they neither move on nor quit.
    await type('c', '0', '0', '4', 'n', 'q', 'f', '2', '1', '1');
    expect(frame()).toContain('Error code: c004f211_');
    await type(keys.enter);
    expect(frame()).toContain('0xC004F211  SL_E_HWID_CHANGED');
    expect(frame()).toContain('Meaning: The licensing service noticed');
    // Keys are commands again: n moves to the next step.
    await type('n');
    expect(frame()).toContain('After');
  });

  it("names the Settings labels in the advice in the Windows display language's words", async () => {
    const { frame, type } = renderLookup('de-DE');
    await tick();
    await type('e', 'c', '0', '0', '4', 'f', '2', '1', '1', keys.enter);
    expect(frame().replace(/\s+/g, ' ')).toContain(`"${windowsLabel('activation.changed-hardware', 'de-DE')!.text}"`);
  });

  it("names the Activation page in the prompt in the Windows display language's words", async () => {
    const { frame } = renderLookup('de-DE');
    await tick();
    expect(frame().replace(/\s+/g, ' ')).toContain(`from the ${windowsLabel('settings.activation', 'de-DE')!.text} page`);
    expect(frame()).not.toContain('Activation page');
  });

  it('says when a code is unknown, and Esc stops typing', async () => {
    const { frame, type } = renderLookup();
    await tick();
    await type('e', '1', '2', '3', '4', '5', '6', '7', '8', keys.enter);
    expect(frame()).toContain('0x12345678 is not a code this tutor knows');
    await type('e', 'a', keys.escape);
    expect(frame()).not.toContain('Error code: a_');
    expect(frame()).toContain('Press Enter or e to type');
  });
});

describe('fieldKey', () => {
  it('keeps only what a code can hold, up to 10 characters', () => {
    expect(fieldKey('', { kind: 'text', text: '0x\u001b[31mC004F211zz99' })).toEqual({ kind: 'editing', value: '0x31C004F2' });
    expect(fieldKey('0xC', { kind: 'backspace' })).toEqual({ kind: 'editing', value: '0x' });
    expect(fieldKey('', { kind: 'submit' })).toEqual({ kind: 'cancelled' });
    expect(fieldKey('C004F211', { kind: 'submit' })).toEqual({ kind: 'submitted', value: 'C004F211' });
  });
});
