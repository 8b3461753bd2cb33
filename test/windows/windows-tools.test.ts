import { describe, expect, it } from 'vitest';
import { underWow64, windowsTools } from '../../src/windows/windows-tools.js';

describe('windowsTools', () => {
  it('uses System32 for a 64-bit process', () => {
    expect(windowsTools('C:\\Windows', false).reg).toBe('C:\\Windows\\System32\\reg.exe');
  });

  it('uses Sysnative under WOW64, so reg.exe and PowerShell see the 64-bit registry', () => {
    const tools = windowsTools('D:\\WIN', true);
    expect(tools.reg).toBe('D:\\WIN\\Sysnative\\reg.exe');
    expect(tools.powershell).toBe('D:\\WIN\\Sysnative\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(tools.explorer).toBe('D:\\WIN\\explorer.exe');
  });

  it('tells WOW64 from 32-bit Node on 32-bit Windows and from 64-bit Node', () => {
    expect(underWow64('ia32', { PROCESSOR_ARCHITEW6432: 'AMD64' })).toBe(true);
    expect(underWow64('ia32', {})).toBe(false);
    expect(underWow64('x64', { PROCESSOR_ARCHITEW6432: 'AMD64' })).toBe(false);
  });
});
