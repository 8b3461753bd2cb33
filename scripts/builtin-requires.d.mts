import type { Plugin } from 'esbuild';

export const LAZY_CRYPTO_FUNCTIONS: readonly string[];
export const LAZY_FUNCTIONS: Readonly<Record<string, readonly string[]>>;
export const REQUIRE_BANNER: string;
export function builtinName(specifier: string): string | null;
export function hoistBuiltinImports(code: string): { readonly code: string; readonly count: number };
export const builtinRequires: Plugin;
