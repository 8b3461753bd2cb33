import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeExe, ROOT, startWine, stopWine } from './wine-env.js';

/** Before the lane: the built CLI, Windows' Node fetched, the Wine prefix made. */
export default function setup(): () => void {
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('Build first: npm run build (npm run test:windows does).');
  nodeExe();
  startWine();
  return stopWine;
}
