import { describe, expect, it } from 'vitest';
import type { ActivationReport } from '../../src/probes/activation-types.js';
import { formatActivationReport, LINK_HINT } from '../../src/windows/format-report.js';

const activated: ActivationReport = {
  platform: 'win32',
  checked: true,
  state: 'activated',
  stateText: 'Windows is activated',
  channel: 'Retail',
  edition: 'Pro',
  partialKey: '7QX4M',
  errorCode: null,
  permanent: true,
  source: 'powershell',
  message: '',
};

describe('formatActivationReport', () => {
  it('lists state, channel, edition, last 5 key characters and the honest link hint', () => {
    expect(formatActivationReport(activated)).toEqual([
      'Activation: Windows is activated',
      'License channel: Retail',
      'Edition: Pro',
      'Product key: last 5 characters 7QX4M',
      'Expires: never (permanent activation)',
      LINK_HINT,
    ]);
    expect(LINK_HINT).toContain('cannot see');
    expect(LINK_HINT).toContain('ms-settings:activation');
  });

  it('adds the message, shows a missing key and skips expiry when not activated', () => {
    const lines = formatActivationReport({
      ...activated,
      state: 'notification',
      stateText: 'Windows is not activated (notification mode)',
      partialKey: null,
      edition: null,
      permanent: false,
      message: 'PowerShell was not found, so slmgr was used instead.',
    });
    expect(lines).toEqual([
      'Activation: Windows is not activated (notification mode)',
      'License channel: Retail',
      'Edition: unknown',
      'Product key: none installed',
      'PowerShell was not found, so slmgr was used instead.',
      LINK_HINT,
    ]);
  });

  it('shows a time-limited activation', () => {
    expect(formatActivationReport({ ...activated, channel: 'Volume', permanent: false })).toContain(
      'Expires: yes (time-limited activation that is renewed)',
    );
  });

  it('shows only the message when nothing was checked', () => {
    const report: ActivationReport = { ...activated, checked: false, message: 'Activation can only be checked on Windows; this is linux.' };
    expect(formatActivationReport(report)).toEqual(['Activation can only be checked on Windows; this is linux.']);
  });

  it('shows the error code with the command that explains it', () => {
    const failing: ActivationReport = { ...activated, state: 'notification', stateText: 'Windows is not activated (notification mode)', errorCode: '0xC004F211' };
    expect(formatActivationReport(failing).slice(0, 2)).toEqual([
      'Activation: Windows is not activated (notification mode)',
      'Error code 0xC004F211 — run `winlink-tutor why 0xC004F211`',
    ]);
    expect(formatActivationReport(activated).join('\n')).not.toContain('Error code');
  });
});
