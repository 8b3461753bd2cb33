import { useEffect, useState } from 'react';
import type { Prober } from '../probes/prober.js';

/**
 * The progress folder of the account this window runs as, when that is not the signed-in user's
 * ("Run as administrator" with another account's password, review W4): the start screen says
 * where progress goes. Asked once, after the first frame; null until then, and off Windows.
 */
export function useAnotherAccount(prober: Prober | null): string | null {
  const [folder, setFolder] = useState<string | null>(null);
  useEffect(() => {
    if (!prober) return;
    let live = true;
    prober.anotherAccount().then(
      (other) => live && other !== null && setFolder(other.progressFolder),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [prober]);
  return folder;
}
