import type { Plugin } from 'esbuild';

export function firstNonAscii(bytes: Buffer): string | null;
export const asciiBundle: Plugin;
