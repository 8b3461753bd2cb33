// Activation error codes: the single source for `why`, `status` and the troubleshooting lesson.
// Data comes from ../shared/facts/windows-probes.md, probe 6, and windows-licensing.md section 6.
// Meanings are the official texts (Windows SDK slerror.h or Microsoft Learn) in our own words,
// and `meaningFrom` says which; advice Microsoft did not confirm for home users starts with
// UNCONFIRMED. `source` is where to read more, not necessarily where the meaning came from.
// This is the English and `why --json` prints it as is; what `why` says in words comes from the
// UI catalog (src/i18n/ui/en.json, why.code.<code>.*: the same English, with Windows labels as
// slots), and test/commands/why-texts.test.ts fails when the two differ.

/** One known activation error code. */
export interface ErrorCodeEntry {
  /** "0x" and 8 upper-case hex digits. */
  readonly code: string;
  /** The SDK constant (SL_E_…) or a short label when the code has none. */
  readonly name: string;
  /** One line for the `why` table; the troubleshooting lesson uses these words for its codes. */
  readonly summary: string;
  /** The official meaning, in our own words. */
  readonly meaning: string;
  /** What a home user can do; hedged where the facts sheet marks it UNVERIFIED. */
  readonly advice: string;
  /** Lesson id and step id to open with `--lesson`. */
  readonly lesson: string;
  readonly step: string;
  /** Microsoft page with help for the code (or for activation errors in general). */
  readonly source: string;
  /**
   * Where the meaning comes from: the SDK header's message text (slerror.h), a Microsoft Learn
   * article, Microsoft's game-development (GDK) Store docs, or community pages only.
   */
  readonly meaningFrom: MeaningSource;
  /** true: a Microsoft source ties this meaning to Windows activation; false: it does not. */
  readonly verified: boolean;
}

/** `why` names each kind in the UI catalog's words (why.from.<source>). */
export type MeaningSource = 'slerror.h' | 'learn' | 'gdk' | 'community';

const CONSUMER_HELP = 'https://support.microsoft.com/windows/get-help-with-windows-activation-errors-09d8fb64-6768-4815-0c30-159fa7d89d85';
const ACTIVATION_ERRORS = 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes';
const KEY_BLOCKED = 'https://learn.microsoft.com/troubleshoot/windows-server/licensing-and-activation/activation-error-0xc004c003-product-key-blocked';
const HARDWARE_CHANGE = 'https://support.microsoft.com/en-us/windows/reactivating-windows-after-a-hardware-change-2c0e962a-f04c-145b-6ead-fb3fc72b6665';
// "Why can't I activate Windows?": repaired or rebuilt PCs, keys used on too many PCs, counterfeit copies.
const CANT_ACTIVATE = 'https://support.microsoft.com/windows/why-can-t-i-activate-windows-73ea9956-a4cd-9bc6-17c2-255ec26db204';

/** The hedge (the catalog's why.unconfirmed; its slot {unconfirmed} in the advice). */
export const UNCONFIRMED = 'Not confirmed by Microsoft for home PCs:';

export const ERROR_CODES: readonly ErrorCodeEntry[] = [
  {
    code: '0xC004F211',
    name: 'SL_E_HWID_CHANGED',
    summary: 'the hardware of the device may have changed',
    meaning: 'The licensing service noticed that the hardware of this device may have changed (Settings says the hardware has changed).',
    advice: `${UNCONFIRMED} this usually follows a big hardware change such as a new motherboard. If your digital license is linked to your Microsoft account, use the Activation troubleshooter's "I changed hardware on this device recently"; otherwise enter a valid product key.`,
    lesson: 'after-hardware-change',
    step: 'open-troubleshoot',
    source: HARDWARE_CHANGE,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004F213',
    name: 'SL_E_NO_PRODUCT_KEY_FOUND',
    summary: 'no product key was found on the system',
    meaning: 'The licensing service could not find a product key on this system.',
    advice: `${UNCONFIRMED} guides report it after a hardware change or a reinstall. Try the Activation troubleshooter with the linked Microsoft account, or enter your product key.`,
    lesson: 'after-hardware-change',
    step: 'open-troubleshoot',
    source: HARDWARE_CHANGE,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004F00F',
    name: 'SL_E_OUT_OF_TOLERANCE',
    summary: 'the hardware has changed beyond what the license tolerates',
    meaning: 'The licensing service says the hardware the license is bound to has changed more than it tolerates.',
    // The article's fixes (reactivate a MAK online or by phone in the grace period; for KMS, restart
    // or slmgr /ato) are IT tasks, so a work PC goes to IT; the home advice is ours.
    advice: `Microsoft's article for organization (volume) activation says this appears when the hardware changes or drivers are updated; its fixes are for IT staff. On a work or school PC, ask your IT support. ${UNCONFIRMED} on a home PC, try the Activation troubleshooter's option for a recent hardware change; if you activated with a product key, enter it again.`,
    lesson: 'after-hardware-change',
    step: 'when-you-need-this',
    source: ACTIVATION_ERRORS,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004F210',
    name: 'SL_E_EDITION_MISMATCHED',
    summary: 'the edition of the license does not match the edition of Windows',
    // The SDK's text says "does match": a typo, as the constant's name shows.
    meaning: 'The licensing service reports that the edition of the license does not match the edition of Windows on this PC.',
    advice: `Microsoft says a license reactivates only the edition it was for. ${UNCONFIRMED} compare the edition on the Activation page with the one your license is for; install that edition (Home or Pro), or enter a product key for the edition that is installed.`,
    lesson: 'after-hardware-change',
    step: 'check-edition',
    source: HARDWARE_CHANGE,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004F212',
    name: 'SL_E_OEM_KEY_EDITION_MISMATCH',
    summary: "the edition of the PC maker's (OEM) key does not match the edition of Windows",
    meaning: 'The licensing service reports that the edition of the OEM key (the key that came with the PC) does not match the edition of Windows installed.',
    advice: `Microsoft says a repaired or rebuilt PC may have got a different version of Windows, and to reinstall the original one and use the key that came with the PC. ${UNCONFIRMED} install the edition the PC came with, or enter a product key for the edition you installed.`,
    lesson: 'after-hardware-change',
    step: 'check-edition',
    source: CANT_ACTIVATE,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0x803F7001',
    name: 'no SDK name (Store licensing range)',
    summary: 'no valid digital license or product key was found for this device',
    meaning: "Not in Windows' list of licensing errors. Guides say it means this device has no valid digital license or product key.",
    advice: `${UNCONFIRMED} enter a product key; if you recently changed hardware, use the Activation troubleshooter; otherwise you may need to buy Windows.`,
    lesson: 'troubleshooting',
    step: 'hardware-errors',
    source: CONSUMER_HELP,
    meaningFrom: 'community',
    verified: false,
  },
  {
    code: '0xC004C003',
    name: 'SL_E_CHPA_PRODUCT_KEY_BLOCKED',
    summary: 'the product key is blocked',
    meaning: 'The activation server decided that the product key is blocked.',
    advice: `Microsoft's volume-licensing article lists causes such as a key reported as stolen or misused, an expired trial key, or a key for another edition. ${UNCONFIRMED} use a different genuine key or buy one; ask the seller first.`,
    lesson: 'troubleshooting',
    step: 'key-errors',
    source: KEY_BLOCKED,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004C008',
    name: 'SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED',
    summary: 'the product key has gone over its unlock limit',
    meaning: 'The activation server says the product key has been used to activate more times than it allows.',
    // Microsoft's fix for keys over their limit (volume keys) is to ask its activation centers for
    // more; guides (key1024) report this code after a legitimate move, so a mover asks before buying.
    advice: `${UNCONFIRMED} the key is probably in use on another PC, or on more PCs than its license allows. Each PC needs its own license. If you moved the key from a PC that no longer uses it, try phone activation or contact Microsoft support before you buy a new key.`,
    lesson: 'troubleshooting',
    step: 'key-errors',
    source: ACTIVATION_ERRORS,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004F034',
    name: 'SL_E_EUL_NOT_AVAILABLE',
    summary: 'the license could not be found or is not valid',
    meaning: 'The licensing service says the license could not be found or is not valid.',
    advice: `${UNCONFIRMED} the key may be wrong or for another edition. Enter a valid key for the edition you have installed.`,
    lesson: 'troubleshooting',
    step: 'key-errors',
    source: CONSUMER_HELP,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004F050',
    name: 'SL_E_INVALID_PRODUCT_KEY',
    summary: 'the product key is not valid',
    meaning: 'The licensing service says the product key is not valid.',
    advice: 'Microsoft suggests checking for a typo, and that pasting did not turn the hyphens into other dashes. Then enter the key again.',
    lesson: 'troubleshooting',
    step: 'key-errors',
    source: ACTIVATION_ERRORS,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004C060',
    name: 'SL_E_CHPA_DYNAMICALLY_BLOCKED_PRODUCT_KEY',
    summary: 'the product key has been blocked',
    meaning: 'The activation server decided that the product key is blocked.',
    advice: `${UNCONFIRMED} the key is no longer valid. Use a different genuine key or buy one.`,
    lesson: 'troubleshooting',
    step: 'key-errors',
    source: CONSUMER_HELP,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0x803FA067',
    name: 'SL_REMAPPING_MDOLLAR_PRODUCT_KEY_BLOCKED',
    summary: 'the product key is blocked (remapped code)',
    meaning: 'The activation server decided that the product key is blocked.',
    advice: 'No reliable advice for home users was found. Contact Microsoft support, or the seller of the key.',
    lesson: 'troubleshooting',
    step: 'get-help',
    source: CONSUMER_HELP,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004E016',
    name: 'SL_E_PKEY_INVALID_CONFIG',
    summary: 'the product key is not valid for this configuration',
    meaning: 'The licensing service says the product key is not valid.',
    advice: `${UNCONFIRMED} often the key is for another edition (for example a Pro key on Home). Use a key that matches the installed edition.`,
    lesson: 'troubleshooting',
    step: 'key-errors',
    source: CONSUMER_HELP,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004F074',
    name: 'SL_E_VL_BINDING_SERVICE_UNAVAILABLE',
    summary: 'no organization activation server (KMS) could be reached',
    meaning: 'No Key Management Service (an organization activation server) could be contacted.',
    advice: `${UNCONFIRMED} a volume (organization) key is installed. On a work or school PC, ask your IT support; on your own PC, enter a retail key for your edition.`,
    lesson: 'troubleshooting',
    step: 'org-managed',
    source: ACTIVATION_ERRORS,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0x8007232B',
    name: 'DNS name does not exist',
    summary: 'the organization activation server (KMS) could not be found',
    meaning: 'A DNS error: the name of the organization activation server (KMS host) does not exist, so it could not be found.',
    advice: `${UNCONFIRMED} an organization (volume) key is installed on a home PC. On a work or school PC, ask your IT support; on your own PC, enter a retail key that matches the edition.`,
    lesson: 'troubleshooting',
    step: 'org-managed',
    source: ACTIVATION_ERRORS,
    meaningFrom: 'learn',
    verified: true,
  },
  {
    code: '0x8007007B',
    name: 'DNS name does not exist (KMS)',
    summary: 'the organization activation server (KMS) could not be found',
    meaning: "The organization activation client could not find the KMS server's DNS records.",
    advice: `${UNCONFIRMED} same as 0x8007232B: on a work or school PC ask your IT support; on your own PC, enter a retail key that matches the edition.`,
    lesson: 'troubleshooting',
    step: 'org-managed',
    source: ACTIVATION_ERRORS,
    meaningFrom: 'learn',
    verified: true,
  },
  {
    code: '0x87E10BC6',
    name: 'LM_E_CONTENT_NOT_IN_CATALOG',
    summary: 'the product was not found in the catalog (a Store licensing code)',
    meaning: 'Microsoft documents this code only for Store licensing of games and apps: the product was not found in the catalog. No Microsoft page links it to Windows activation.',
    advice: `${UNCONFIRMED} no reliable advice for Windows activation was found. Contact Microsoft support.`,
    lesson: 'troubleshooting',
    step: 'get-help',
    source: CONSUMER_HELP,
    meaningFrom: 'gdk',
    verified: false,
  },
  {
    code: '0xC004F012',
    name: 'SL_E_VALUE_NOT_FOUND',
    summary: 'a licensing value was not found',
    meaning: 'The licensing service could not find the value it was asked for.',
    advice: 'No confirmed advice for home users. Fixes found online rebuild the license store, which changes your system: ask Microsoft support instead.',
    lesson: 'troubleshooting',
    step: 'get-help',
    source: CONSUMER_HELP,
    meaningFrom: 'slerror.h',
    verified: true,
  },
  {
    code: '0xC004F200',
    name: 'SL_E_NOT_GENUINE',
    summary: 'the current state is not genuine',
    meaning: 'The licensing service reports that the current state of this copy of Windows is not genuine.',
    advice: `Microsoft says activation works only with genuine copies, and a counterfeit copy must be replaced by a genuine one. ${UNCONFIRMED} if a seller installed Windows or sold you the key, ask them first; otherwise contact Microsoft support.`,
    lesson: 'troubleshooting',
    step: 'get-help',
    source: CANT_ACTIVATE,
    meaningFrom: 'slerror.h',
    verified: true,
  },
];
