import { spawn } from 'node:child_process';
import type { SpawnLike } from './settings-links.js';

/** The real SpawnLike for openLink (node's spawn; openLink always passes shell: false). */
export const nodeSpawn: SpawnLike = (command, args, options) => spawn(command, args, options);
