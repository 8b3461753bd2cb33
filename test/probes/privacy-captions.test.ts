import { describe, expect, it } from 'vitest';
import { privacyLabelText } from '../../src/i18n/privacy-text.js';
import { english } from '../../src/i18n/ui-strings.js';
import { PRIVACY_SETTINGS } from '../../src/probes/privacy-settings.js';

// Review 2026-12 N-D1: the caption printed by `privacy` must be Windows 11's own, where it differs
// from Windows 10's. Source: Microsoft's winget-dsc, Microsoft.Windows.Setting.Privacy help
// ("Settings > Privacy & security > General -> Let Windows provide locally relevant content based
// on my language list"); Windows 10's caption (Learn, L-MC 18.1) says "Let websites provide …".
describe('privacy captions', () => {
  it('uses the Windows 11 caption for the language-list switch', () => {
    const label = PRIVACY_SETTINGS.find((setting) => setting.id === 'language-list')?.label;
    expect(label && privacyLabelText(label, english, 'en-US')).toBe('Let Windows provide locally relevant content based on my language list');
  });
});
