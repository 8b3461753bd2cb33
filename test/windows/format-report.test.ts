import { describe, expect, it } from 'vitest';
import { sayEnglish, sayer } from '../../src/i18n/say.js';
import { translator } from '../../src/i18n/ui-strings.js';
import type { ActivationReport } from '../../src/probes/activation-types.js';
import { said } from '../../src/probes/sentence.js';
import { windowsLabel } from '../../src/i18n/windows-labels.js';
import { formatActivationReport, LINK_HINT } from '../../src/windows/format-report.js';
import { pseudo, outsideCatalog } from '../i18n/pseudo-catalog.js';

const activated: ActivationReport = {
  platform: 'win32',
  checked: true,
  state: 'activated',
  stateText: said('activation.state.activated'),
  channel: 'Retail',
  edition: 'Pro',
  partialKey: '7QX4M',
  errorCode: null,
  permanent: true,
  source: 'powershell',
  message: null,
};
const NOTIFICATION = said('activation.state.notification');
const hint = sayEnglish(LINK_HINT);

describe('formatActivationReport', () => {
  it('lists state, channel, edition, last 5 key characters and the honest link hint', () => {
    expect(formatActivationReport(activated, sayEnglish)).toEqual([
      'Activation: Windows is activated',
      'License channel: Retail',
      'Edition: Pro',
      'Product key: last 5 characters 7QX4M',
      'Expires: never (permanent activation)',
      'Microsoft account link: this check cannot see it. The Activation page in Settings (ms-settings:activation) says "Windows is activated with a digital license linked to your Microsoft account." when it is linked.',
    ]);
    expect(hint).toContain('cannot see');
    expect(hint).toContain('ms-settings:activation');
  });

  it('adds the message, shows a missing key and skips expiry when not activated', () => {
    const lines = formatActivationReport({
      ...activated,
      state: 'notification',
      stateText: NOTIFICATION,
      partialKey: null,
      edition: null,
      permanent: false,
      message: said('activation.slmgrInstead.notFound'),
    }, sayEnglish);
    expect(lines).toEqual([
      'Activation: Windows is not activated (notification mode)',
      'License channel: Retail',
      'Edition: unknown',
      'Product key: none installed',
      'PowerShell was not found, so slmgr was used instead.',
      hint,
    ]);
  });

  it('shows a time-limited activation', () => {
    expect(formatActivationReport({ ...activated, channel: 'Volume', permanent: false }, sayEnglish)).toContain(
      'Expires: yes (time-limited activation that is renewed)',
    );
  });

  it('shows only the message when nothing was checked', () => {
    const report: ActivationReport = { ...activated, checked: false, message: said('activation.onlyWindows', { platform: 'linux' }) };
    expect(formatActivationReport(report, sayEnglish)).toEqual(['Activation can only be checked on Windows; this is linux.']);
  });

  it('shows the error code with the command that explains it', () => {
    const failing: ActivationReport = { ...activated, state: 'notification', stateText: NOTIFICATION, errorCode: '0xC004F211' };
    expect(formatActivationReport(failing, sayEnglish).slice(0, 2)).toEqual([
      'Activation: Windows is not activated (notification mode)',
      'Error code 0xC004F211 — run `winlink-tutor why 0xC004F211`',
    ]);
    expect(formatActivationReport(activated, sayEnglish).join('\n')).not.toContain('Error code');
  });

  it("says every line in the user's language, and the Activation page's words as their Windows shows them", () => {
    const unchecked: ActivationReport = { ...activated, checked: false, message: said('activation.onlyWindows', { platform: 'linux' }) };
    for (const report of [activated, { ...activated, errorCode: '0xC004F211', partialKey: null, edition: null, message: said('activation.slmgrInstead.failed') }, unchecked]) {
      const lines = formatActivationReport(report, sayer(pseudo, 'de-DE'));
      expect(lines.every((line) => outsideCatalog(line) === ''), lines.join('\n')).toBe(true);
    }
    // German Windows: the hint quotes the message its Activation page shows, from the label catalog.
    const german = formatActivationReport(activated, sayer(translator('de'), 'de-DE')).at(-1)!;
    expect(german).toContain(windowsLabel('activation.message.linked', 'de-DE')!.text);
    expect(german).toContain(windowsLabel('settings.activation', 'de-DE')!.text);
    expect(german).not.toContain('Windows is activated with a digital license');
  });
});
