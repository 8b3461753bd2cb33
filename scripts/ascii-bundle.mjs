// The bundle must be plain ASCII. One character outside it (esbuild escapes them in strings, not
// in regular expression literals) makes Node decode the whole 1 MB file as UTF-8 and V8 keep it
// as two-byte text: twice the memory, and slower to read and compile on every start. The build
// fails and names the character, to be written as an escape (\u3001) in the source.
import { readFileSync } from 'node:fs';

/** null when `bytes` are all ASCII, else a description of the first other character. */
export function firstNonAscii(bytes) {
  const at = bytes.findIndex((byte) => byte > 0x7f);
  if (at < 0) return null;
  const text = bytes.toString('utf8', Math.max(0, at - 60), at + 64);
  const character = bytes.toString('utf8', at, at + 4).codePointAt(0) ?? 0;
  const code = `U+${character.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${code} at byte ${at}, in: ${JSON.stringify(text)}`;
}

export const asciiBundle = {
  name: 'ascii-bundle',
  setup(build) {
    build.onEnd((result) => {
      const outfile = build.initialOptions.outfile;
      // An unminified build (bench/profile-keys.mjs --readable) keeps the sources' comments.
      if (result.errors.length > 0 || !outfile || build.initialOptions.minify === false) return undefined;
      const found = firstNonAscii(readFileSync(outfile));
      // Returned errors fail the build (ones pushed onto `result` are ignored).
      return found === null ? undefined : { errors: [{ text: `ascii-bundle: ${outfile} holds a character outside ASCII, ${found}; write it as a \\u escape in the source` }] };
    });
  },
};
