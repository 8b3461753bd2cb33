export { keys } from '../keys.js';

/** Ink renders asynchronously after input; give it a moment. */
export const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
