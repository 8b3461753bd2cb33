import { describe, expect, it, vi } from 'vitest';
import { truncateLine, wrapLines } from '../../src/text/wrap.js';

const measured = vi.hoisted(() => ({ calls: 0, chars: 0 }));
vi.mock('string-width', async (importOriginal) => {
  const real = await importOriginal<typeof import('string-width')>();
  return {
    default: (text: string) => {
      measured.calls++;
      measured.chars += text.length;
      return real.default(text);
    },
  };
});

describe('work done by wrapping, counted rather than timed', () => {
  it('measures each distinct character once, however long the text', () => {
    const text = `${'é字x'.repeat(100_000)} ${'wörds 字 '.repeat(20_000)}`;
    measured.calls = 0;
    measured.chars = 0;
    const lines = wrapLines(text, 80);
    expect(lines.length).toBeGreaterThan(5000);
    expect(measured.calls).toBeLessThanOrEqual(10);
    expect(measured.chars).toBeLessThanOrEqual(20);
  });

  it('truncating a long line measures no more than its beginning', () => {
    measured.calls = 0;
    measured.chars = 0;
    truncateLine(`Ünïcödé ${'title 字 '.repeat(100_000)}`, 40);
    expect(measured.chars).toBeLessThanOrEqual(20);
  });
});
