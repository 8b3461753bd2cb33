import { tick } from './keys.js';

interface ResizableOutput {
  emit(event: 'resize'): boolean;
}

/** ink-testing-library's stdout is 100 columns with no rows; this gives it a window size and tells the app. */
export async function resizeTo(stdout: ResizableOutput, columns: number, rows: number): Promise<void> {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  stdout.emit('resize');
  await tick(50);
}
