// The reading path flows one way: commands → probes → windows. No file in src/probes/ takes part in
// an import cycle, and windows/ (links, error codes, the hardware record, the command runner) uses
// probes/ only for the types of what it displays or records.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

interface Import {
  readonly target: string;
  readonly typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'(\.{1,2}\/[^']+)\.js'/gm)) {
    const resolved = path.resolve(path.dirname(file), match[2]!);
    found.push({ target: existsSync(`${resolved}.ts`) ? `${resolved}.ts` : `${resolved}.tsx`, typeOnly: match[1] !== undefined });
  }
  return found;
}

describe('the reading path', () => {
  const files = sourceFiles(SRC);
  const graph = new Map(files.map((file) => [file, importsOf(file).map((entry) => entry.target)]));

  it('has no import cycle through src/probes (type imports included)', () => {
    const cycles: string[] = [];
    const visit = (file: string, trail: readonly string[]): void => {
      for (const next of graph.get(file) ?? []) {
        if (next === trail[0]) cycles.push([...trail, next].map((f) => path.relative(SRC, f)).join(' → '));
        else if (!trail.includes(next) && trail.length < 8) visit(next, [...trail, next]);
      }
    };
    for (const file of files.filter((f) => f.includes(`${path.sep}probes${path.sep}`))) visit(file, [file]);
    expect(cycles).toEqual([]);
  });

  it('windows/ imports from probes/ only types', () => {
    const runtime = files
      .filter((file) => file.includes(`${path.sep}windows${path.sep}`))
      .flatMap((file) => importsOf(file).filter((entry) => !entry.typeOnly && entry.target.includes(`${path.sep}probes${path.sep}`)).map((entry) => `${path.relative(SRC, file)} → ${path.relative(SRC, entry.target)}`));
    expect(runtime).toEqual([]);
  });
});
