export { keys } from '../keys.js';

/** Ink renders asynchronously after input; give it a moment. */
export const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes keys one by one, each waiting for its redraw (up to 500 ms; keys that change nothing just wait it out). */
export async function typeWithRedraw(app: { readonly stdin: { write(data: string): void }; lastFrame(): string | undefined }, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    const before = app.lastFrame();
    app.stdin.write(key);
    for (let waited = 0; waited < 500 && app.lastFrame() === before; waited += 10) await tick(10);
    await tick(10);
  }
}
