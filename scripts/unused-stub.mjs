// Stand-in for modules the bundle imports but never runs: ajv and ajv-formats (conf only
// compiles them for a JSON schema, and winlink-tutor checks its progress file itself) and ws
// (only Ink's React DevTools bridge uses it). Calling any of them is a bug, so they throw.
function unused() {
  throw new Error('winlink-tutor: a module that should never run was called (see scripts/unused-stub.mjs)');
}
export class Ajv2020 {
  constructor() {
    unused();
  }
}
export const WebSocket = unused;
export default unused;
