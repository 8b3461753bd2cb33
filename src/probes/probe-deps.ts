import { realCommandRunner } from '../windows/command-runner.js';
import type { ProbeDeps } from './prober.js';

/** The real dependencies of the probes, built by the CLI (tests inject a fake runner). */
export function probeDeps(): ProbeDeps {
  return {
    platform: process.platform,
    run: realCommandRunner,
    ...(process.env.SystemRoot ? { systemRoot: process.env.SystemRoot } : {}),
  };
}
