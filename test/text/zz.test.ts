import { it } from 'vitest';
import { wrapLines } from '../../src/text/wrap.js';
it('x', () => { console.log(JSON.stringify(wrapLines(process.env.ZZ_TEXT ?? '', Number(process.env.ZZ_WIDTH)), null, 1)); });
