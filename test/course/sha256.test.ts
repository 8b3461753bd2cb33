import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/course/sha256.js';
import { seededRandom } from '../fixtures/seeded-random.js';

const real = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('answers as node:crypto for every length around the block edges and for random text in any script', () => {
    for (let length = 0; length <= 300; length++) expect(sha256Hex('x'.repeat(length)), `length ${length}`).toBe(real('x'.repeat(length)));
    const random = seededRandom(256);
    const alphabet = ['a', 'Z', '0', ' ', '\n', 'é', 'ß', 'Ж', 'ア', '漢', '한', '\u{1F600}', '\u200D', '\uFFFD', '"', '\\', '\uD800'];
    for (let sample = 0; sample < 2000; sample++) {
      const length = Math.floor(random() * (sample % 10 === 0 ? 5000 : 200));
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(sha256Hex(text), JSON.stringify(text.slice(0, 40))).toBe(real(text));
    }
  });
});
