// Loaded with `node --import ./bench/key-timing.mjs <program>` by bench/profile-keys.mjs.
// Records, inside the process, when each chunk of terminal input arrives and when the writes
// to the terminal after it happen, so a keypress's own cost can be told from the pty round
// trip. With $KEY_PROFILE set it also CPU-profiles from the first key on (start-up excluded).
// At exit: one JSON line per input chunk to $KEY_TIMING_FILE, the profile to $KEY_PROFILE.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';

const file = process.env.KEY_TIMING_FILE;
const profileFile = process.env.KEY_PROFILE;
if (file) {
  const events = [];
  let open = null;
  let session = null;
  const emit = process.stdin.emit.bind(process.stdin);
  process.stdin.emit = (event, ...args) => {
    if (event === 'data') {
      if (profileFile && !session) {
        session = new Session();
        session.connect();
        session.post('Profiler.enable');
        session.post('Profiler.setSamplingInterval', { interval: 50 });
        session.post('Profiler.start');
      }
      open = { input: String(args[0]), in: performance.now(), writes: [] };
      events.push(open);
    }
    return emit(event, ...args);
  };
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const start = performance.now();
    const result = write(chunk, ...rest);
    if (open) open.writes.push({ at: start - open.in, took: performance.now() - start, bytes: Buffer.byteLength(String(chunk)) });
    return result;
  };
  process.on('exit', () => {
    writeFileSync(file, events.map((event) => JSON.stringify(event)).join('\n') + '\n');
    session?.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(profileFile, JSON.stringify(result.profile));
    });
  });
}
