import type { Plugin } from 'esbuild';

export const YOGA_LOADER_SHA256: string;
export function patchYogaLoader(source: string): string;
export const yogaNoFetch: Plugin;
