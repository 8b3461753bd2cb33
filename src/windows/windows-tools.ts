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

/**
 * Whether this is a 32-bit Node on 64-bit Windows (WOW64): there System32 is silently redirected
 * to the 32-bit tools, whose registry view of HKLM\SOFTWARE is WOW6432Node (facts sheet, trap 1).
 */
export function underWow64(arch: string = process.arch, env: NodeJS.ProcessEnv = process.env): boolean {
  return arch === 'ia32' && env.PROCESSOR_ARCHITEW6432 !== undefined;
}

/**
 * Tool paths under `systemRoot` (e.g. %SystemRoot%); a malformed value falls back to C:\Windows.
 * Under WOW64 the 64-bit tools are reached through Sysnative (Microsoft's File System Redirector).
 */
export function windowsTools(systemRoot?: string, wow64: boolean = underWow64()): WindowsTools {
  const root =
    systemRoot !== undefined && /^[A-Za-z]:\\[^"<>|?*\r\n]*$/.test(systemRoot) ? systemRoot : DEFAULT_SYSTEM_ROOT;
  const system32 = win32.join(root, wow64 ? 'Sysnative' : 'System32');
  return {
    powershell: win32.join(system32, 'WindowsPowerShell', 'v1.0', 'powershell.exe'),
    cscript: win32.join(system32, 'cscript.exe'),
    slmgr: win32.join(system32, 'slmgr.vbs'),
    explorer: win32.join(root, 'explorer.exe'),
    reg: win32.join(system32, 'reg.exe'),
    whoami: win32.join(system32, 'whoami.exe'),
  };
}
