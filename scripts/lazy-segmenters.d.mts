import type { Plugin } from 'esbuild';

export interface SegmenterFile {
  readonly name: string;
  readonly file: RegExp;
  readonly sha256: string;
  readonly make: string;
}
export const SEGMENTER_FILES: readonly SegmenterFile[];
export function lazySegmenterSource(spec: SegmenterFile, source: string): string;
export const lazySegmenters: Plugin;
