import nodeModule from 'node:module';
import path from 'node:path';
import { userDirs } from './user-dirs.js';

/** The part of node:module used here; `enableCompileCache` exists from Node 22.1. */
export interface CompileCacheApi {
  enableCompileCache?: (directory: string) => { status: number; directory?: string };
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
}

/** Where V8's compiled code for the bundle is kept: a folder of its own in the user's cache. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDirs(env).cache, 'compile');
}

/**
 * Asks Node to keep the compiled code of the modules loaded from now on (dist/cli.js), so later
 * starts skip compiling it. Returns the folder in use, or null: on Node 20 (no such API), when
 * the folder cannot be made (read-only, a file in its place) or anything else goes wrong. A cache
 * is only an optimisation, so nothing here may stop the tutorial from starting.
 */
export function startCompileCache(api: CompileCacheApi = nodeModule as CompileCacheApi, directory?: string): string | null {
  if (typeof api.enableCompileCache !== 'function') return null;
  try {
    const result = api.enableCompileCache(directory ?? compileCacheDir());
    const status = api.constants?.compileCacheStatus;
    return status && (result.status === status.ENABLED || result.status === status.ALREADY_ENABLED) ? (result.directory ?? null) : null;
  } catch {
    return null;
  }
}
