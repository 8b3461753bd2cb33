import { win32 } from 'node:path';

/** Absolute paths of the Windows programs we start (no PATH or current-folder lookup). */
export interface WindowsTools {
  readonly powershell: string;
  readonly cscript: string;
  readonly slmgr: string;
  readonly explorer: string;
  readonly reg: string;
  readonly whoami: string;
}

const DEFAULT_SYSTEM_ROOT = 'C:\\Windows';

/** Tool paths under `systemRoot` (e.g. %SystemRoot%); a malformed value falls back to C:\Windows. */
export function windowsTools(systemRoot?: string): WindowsTools {
  const root =
    systemRoot !== undefined && /^[A-Za-z]:\\[^"<>|?*\r\n]*$/.test(systemRoot) ? systemRoot : DEFAULT_SYSTEM_ROOT;
  const system32 = win32.join(root, 'System32');
  return {
    powershell: win32.join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
    cscript: win32.join(system32, 'cscript.exe'),
    slmgr: win32.join(system32, 'slmgr.vbs'),
    explorer: win32.join(root, 'explorer.exe'),
    reg: win32.join(system32, 'reg.exe'),
    whoami: win32.join(system32, 'whoami.exe'),
  };
}
