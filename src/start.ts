// The package's command (bin): turns on Node's compile cache, then runs the bundle (dist/cli.js),
// which is compiled after this point and so comes from the cache on every later start.
import { startCompileCache } from './compile-cache.js';

startCompileCache();
await import('./cli.js');
