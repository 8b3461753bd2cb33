import type { Plugin } from 'esbuild';

export const LAZY_CRYPTO_FUNCTIONS: readonly string[];
export function builtinName(specifier: string): string | null;
export function builtinSource(name: string): string;
export const builtinRequires: Plugin;
