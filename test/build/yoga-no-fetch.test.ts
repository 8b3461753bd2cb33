import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type YogaInstance from 'yoga-layout';
import type { Node } from 'yoga-layout';
import { patchYogaLoader, yogaNoFetch } from '../../scripts/yoga-no-fetch.mjs';
import { seededRandom } from '../fixtures/seeded-random.js';

// The bundle loads yoga-layout through scripts/yoga-no-fetch.mjs: the same engine must come out,
// without a call to fetch() (which makes Node load its HTTP client).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOADER = path.join(ROOT, 'node_modules', 'yoga-layout', 'dist', 'binaries', 'yoga-wasm-base64-esm.js');
const work = mkdtempSync(path.join(tmpdir(), 'yoga-no-fetch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Yoga = typeof YogaInstance;

interface Loaded {
  readonly yoga: Yoga;
  readonly fetchCalls: number;
}

/** Bundles yoga-layout as scripts/build.mjs does (with or without the plugin) and loads it. */
async function loadBundled(name: string, plugins: Plugin[]): Promise<Loaded> {
  const outfile = path.join(work, `${name}.mjs`);
  await build({
    stdin: { contents: "export { default } from 'yoga-layout';", resolveDir: ROOT, loader: 'js' },
    outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', minify: true, plugins, logLevel: 'silent',
  });
  const realFetch = globalThis.fetch;
  let fetchCalls = 0;
  globalThis.fetch = (...args: Parameters<typeof fetch>) => {
    fetchCalls++;
    return realFetch(...args);
  };
  try {
    const module = (await import(pathToFileURL(outfile).href)) as { default: Yoga };
    return { yoga: module.default, fetchCalls };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** A random tree with the kinds of styles Ink sets, built in the given engine. */
function randomTree(yoga: Yoga, next: () => number, depth: number): Node {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const node = yoga.Node.create();
  node.setFlexDirection(pick([yoga.FLEX_DIRECTION_ROW, yoga.FLEX_DIRECTION_COLUMN, yoga.FLEX_DIRECTION_ROW_REVERSE, yoga.FLEX_DIRECTION_COLUMN_REVERSE]));
  node.setFlexWrap(pick([yoga.WRAP_NO_WRAP, yoga.WRAP_WRAP]));
  node.setAlignItems(pick([yoga.ALIGN_STRETCH, yoga.ALIGN_FLEX_START, yoga.ALIGN_CENTER, yoga.ALIGN_FLEX_END]));
  node.setJustifyContent(pick([yoga.JUSTIFY_FLEX_START, yoga.JUSTIFY_CENTER, yoga.JUSTIFY_SPACE_BETWEEN, yoga.JUSTIFY_SPACE_AROUND]));
  if (next() < 0.5) node.setWidth(Math.floor(next() * 60));
  if (next() < 0.3) node.setHeight(Math.floor(next() * 20));
  if (next() < 0.3) node.setWidthPercent(Math.floor(next() * 100));
  if (next() < 0.4) node.setFlexGrow(Math.floor(next() * 3));
  node.setFlexShrink(pick([0, 1]));
  for (const edge of [yoga.EDGE_LEFT, yoga.EDGE_TOP, yoga.EDGE_RIGHT, yoga.EDGE_BOTTOM]) {
    if (next() < 0.3) node.setPadding(edge, Math.floor(next() * 3));
    if (next() < 0.3) node.setMargin(edge, Math.floor(next() * 3));
    if (next() < 0.1) node.setBorder(edge, 1);
  }
  if (next() < 0.2) node.setGap(yoga.GUTTER_ALL, Math.floor(next() * 2));
  if (next() < 0.1) node.setDisplay(yoga.DISPLAY_NONE);
  if (depth > 0) {
    const children = Math.floor(next() * 4);
    for (let index = 0; index < children; index++) node.insertChild(randomTree(yoga, next, depth - 1), index);
  } else if (next() < 0.7) {
    // A text leaf: Ink measures its text through a measure function.
    const length = Math.floor(next() * 120);
    node.setMeasureFunc((width: number) => {
      const columns = Number.isFinite(width) && width > 0 ? Math.floor(width) : length;
      return { width: Math.min(length, columns), height: columns > 0 ? Math.ceil(length / columns) || 1 : 1 };
    });
  }
  return node;
}

function layouts(node: Node): unknown[] {
  const own = { ...node.getComputedLayout(), padding: node.getComputedPadding(0), border: node.getComputedBorder(1) };
  const children: unknown[] = [];
  for (let index = 0; index < node.getChildCount(); index++) children.push(layouts(node.getChild(index)));
  return [own, children];
}

describe('yoga-layout without fetch (scripts/yoga-no-fetch.mjs)', () => {
  it('loads without calling fetch(), where the loader as published calls it', async () => {
    const original = await loadBundled('original', []);
    const patched = await loadBundled('patched', [yogaNoFetch]);
    // The published loader does take the fetch() path here: this is what the patch removes.
    expect(original.fetchCalls).toBeGreaterThan(0);
    expect(patched.fetchCalls).toBe(0);
  });

  it('lays out random trees exactly as the loader as published does', async () => {
    const { yoga: original } = await loadBundled('original-layout', []);
    const { yoga: patched } = await loadBundled('patched-layout', [yogaNoFetch]);
    expect(patched).not.toBe(original);
    // Same constants (Ink's styles map onto them).
    const constants = (yoga: Yoga) => Object.fromEntries(Object.entries(yoga).filter(([, value]) => typeof value === 'number'));
    expect(constants(patched)).toEqual(constants(original));
    expect(Object.keys(constants(patched)).length).toBeGreaterThan(50);
    for (let seed = 1; seed <= 300; seed++) {
      const trees = [original, patched].map((yoga) => randomTree(yoga, seededRandom(seed), 3));
      const width = 20 + (seed % 70);
      for (const tree of trees) tree.calculateLayout(width, seed % 3 === 0 ? 24 : undefined, original.DIRECTION_LTR);
      const [expected, actual] = trees.map((tree) => layouts(tree as Node));
      expect(actual, `seed ${seed}`).toEqual(expected);
      for (const tree of trees) tree?.freeRecursive();
    }
  });

  it('fails the build when yoga-layout changes the loader', () => {
    const source = readFileSync(LOADER, 'utf8');
    expect(patchYogaLoader(source)).not.toContain('typeof fetch');
    expect(() => patchYogaLoader(source.replace('"function"!=typeof fetch', '"function"!=typeof fetch '))).toThrow(/loader changed/);
  });

  it('fails the build when the loader is not bundled at all', async () => {
    writeFileSync(path.join(work, 'no-yoga.js'), 'export const x = 1;\n');
    await expect(
      build({ entryPoints: [path.join(work, 'no-yoga.js')], write: false, bundle: true, format: 'esm', platform: 'node', plugins: [yogaNoFetch], logLevel: 'silent' }),
    ).rejects.toThrow(/was not part of the bundle/);
  });
});
