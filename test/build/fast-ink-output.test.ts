import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fastInkOutput } from '../../scripts/fast-ink-output.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'fast-ink-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the fast-ink-output build plugin (scripts/fast-ink-output.mjs)', () => {
  it("swaps Ink's Output class when Ink is bundled", async () => {
    const result = await build({
      stdin: { contents: "export { render } from 'ink';", resolveDir: ROOT, loader: 'js' },
      write: false, bundle: true, format: 'esm', platform: 'node', metafile: true, logLevel: 'silent', plugins: [fastInkOutput],
      alias: { 'react-devtools-core': path.join(ROOT, 'scripts', 'devtools-stub.mjs') },
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/ui/ink-output.ts');
    expect(inputs).not.toContain('node_modules/ink/build/output.js');
  });

  it("fails the build when Ink's renderer no longer imports ./output.js", async () => {
    writeFileSync(path.join(work, 'no-ink.js'), 'export const x = 1;\n');
    await expect(
      build({ entryPoints: [path.join(work, 'no-ink.js')], write: false, bundle: true, format: 'esm', platform: 'node', plugins: [fastInkOutput], logLevel: 'silent' }),
    ).rejects.toThrow(/no longer imports \.\/output\.js/);
  });
});
