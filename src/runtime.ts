import { createRequire } from 'node:module';

/** What runs the tutorial, for support: the Node release and whether it is the standalone executable. */
export interface Runtime {
  readonly node: string;
  readonly arch: string;
  /** true in winlink-tutor-*.exe (a Node single executable application), false under npx or node. */
  readonly executable: boolean;
}

export function currentRuntime(): Runtime {
  return { node: process.versions.node, arch: process.arch, executable: isExecutable() };
}

function isExecutable(): boolean {
  try {
    // node:sea exists from Node 20.12; the executables embed newer releases.
    return (createRequire(import.meta.url)('node:sea') as { isSea(): boolean }).isSea();
  } catch {
    return false;
  }
}
