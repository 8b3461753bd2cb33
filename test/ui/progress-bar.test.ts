import { describe, expect, it } from 'vitest';
import { plainStyles } from '../../src/text/styles.js';
import { displayWidth } from '../../src/text/wrap.js';
import { progressLine } from '../../src/ui/progress-bar.js';

describe('the step progress line', () => {
  it('fits its width in columns with a Japanese label (each character two columns), keeping the bar', () => {
    const line = progressLine('ステップ 3/13', 3, 13, 40, plainStyles);
    expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(line).toMatch(/ステップ 3\/13 \S{5,}/);
  });

  it('is as before for English', () => {
    const line = progressLine('Step 3 of 13', 3, 13, 40, plainStyles);
    expect(displayWidth(line)).toBe(40);
  });
});
