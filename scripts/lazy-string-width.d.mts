import type { Plugin } from 'esbuild';

export const STRING_WIDTH_SHA256: string;
export function lazyStringWidthSource(source: string): string;
export const lazyStringWidth: Plugin;
