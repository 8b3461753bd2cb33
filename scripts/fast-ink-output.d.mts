import type { Plugin } from 'esbuild';

export const fastInkOutput: Plugin;
