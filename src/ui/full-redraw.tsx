import { useStdout } from 'ink';
import { useEffect, type ReactNode } from 'react';

const CLEAR_SCREEN = '\u001B[2J\u001B[H';
/**
 * Ink redraws at once on a resize, but only erases as many rows as its last frame had, and
 * the terminal has rewrapped or moved those rows: fragments stay. The clean repaint follows
 * once the resize settled (after Ink's 30 fps throttle), so it paints the final layout.
 */
const RESIZE_SETTLE_MS = 60;

interface Props {
  readonly children: ReactNode;
  /** True on the alternate screen, where the frame is all there is, so clearing it is safe. */
  readonly clearScreen: boolean;
  /** Extra repaint requests (after the process was stopped and continued). */
  readonly requests?: ((listener: () => void) => () => void) | undefined;
}

/**
 * Repaints the whole frame on a clean screen after a resize or on request. Ink's own write
 * path does it: it erases its frame, writes ours (the clear) and then the frame anew.
 */
export function FullRedraw({ children, clearScreen, requests }: Props) {
  const { stdout, write } = useStdout();
  useEffect(() => {
    const repaint = () => write(clearScreen ? CLEAR_SCREEN : '');
    let timer: NodeJS.Timeout | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(repaint, RESIZE_SETTLE_MS);
    };
    // Off the alternate screen the rows above the frame are the user's: never clear them.
    if (clearScreen) stdout.on('resize', onResize);
    const unsubscribe = requests?.(repaint);
    return () => {
      clearTimeout(timer);
      stdout.off('resize', onResize);
      unsubscribe?.();
    };
  }, [stdout, write, clearScreen, requests]);
  return <>{children}</>;
}
