import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command, Context } from '../../src/tutor/keymap.js';
import { useCommands } from '../../src/ui/use-commands.js';
import { keys, tick } from './keys.js';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

/** Renders a component that only records the commands useCommands reports. */
function recordCommands(context: Context) {
  const seen: string[] = [];
  function Recorder() {
    useCommands(
      () => context,
      (command: Command, input: string) => {
        seen.push(input ? `${command} ${input}` : command);
      },
    );
    return <Text>ready</Text>;
  }
  const app = render(<Recorder />);
  cleanup = app.unmount;
  return { seen, write: app.stdin.write.bind(app.stdin) };
}

// Without the terminal input filter, as Ink itself parses the bytes.
describe('useCommands', () => {
  it('ignores what Ink leaves of sequences it does not know: mouse and cursor position reports', async () => {
    const { seen, write } = recordCommands('menu');
    await tick();
    for (const sequence of ['\u001B[<0;10;5M', '\u001B[12;3R', '\u001B[<64;3;1M']) {
      write(sequence);
      await tick();
    }
    write('j');
    await tick();
    expect(seen).toEqual(['menu.down j']);
  });

  it('ignores Alt+key (Alt+q used to quit), keeps Esc, arrows, Home/End and fast typing', async () => {
    const { seen, write } = recordCommands('text');
    await tick();
    for (const key of ['\u001Bq', '\u001Bn', keys.escape, keys.right, '\u001BOD', keys.home, keys.end, '\u001B[6~', 'nn', '\u001A']) {
      write(key);
      await tick();
    }
    expect(seen).toEqual(['app.menu', 'nav.next', 'nav.prev', 'nav.first', 'nav.last', 'page.down', 'nav.next n', 'nav.next n', 'app.suspend z']);
  });
});
