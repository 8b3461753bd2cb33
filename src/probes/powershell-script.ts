// The read-only Windows PowerShell script the system probes share (each start costs 0.5-2 s). It
// prints one JSON line per section as that section finishes, each carrying a marker (a stub
// PowerShell, as under Wine, never prints it): a timeout or a crash then keeps what finished, and
// the fast sections (language mode, OS, account) come before the licensing query, which can be
// slow. Each section catches its own errors and reports only the exception's type and the error id
// (messages can contain the user's name). Only single quotes inside, so the argument needs no
// escaping.
//
// Constrained Language Mode (AppLocker, App Control/WDAC, some Home PCs) forbids calling methods of
// most .NET types and turning a scriptblock into a delegate: the script reads only properties,
// calls methods only on strings, takes the SID from whoami and uses plain hashtables
// (docs/windows-probes.md, "Constrained Language Mode").
import { CIM_ANSWER, CIM_PRODUCTS, CIM_TIMEOUT_SEC } from './activation-queries.js';

export const SYSTEM_ANSWER = 'winlink-tutor/system/1';

/** The sections a run can ask for; `mode` (PowerShell's language mode) always comes first. */
export type ScriptSection = 'os' | 'account' | 'license';
export const ALL_SECTIONS: readonly ScriptSection[] = ['os', 'account', 'license'];

const SECTION_FUNCTION =
  'function Section([scriptblock]$Body) { try { & $Body } catch { @{ error = [string]$_.CategoryInfo.Reason; id = [string]$_.FullyQualifiedErrorId } } }';

// PowerShell writes to a pipe in the console's code page: escaping everything beyond ASCII keeps a
// localized caption intact without touching the console's code page (the user's terminal). A loop
// over the characters, because CLM cannot turn a scriptblock into [regex]::Replace's evaluator.
const PRINT_FUNCTION = [
  'function Say($Value) { $j = ConvertTo-Json -Compress -Depth 6 -InputObject $Value;',
  "if ($j -match '[^\\x00-\\x7F]') { $j = -join ($j.ToCharArray() | ForEach-Object { if ([int]$_ -gt 127) { '\\u{0:x4}' -f [int]$_ } else { [string]$_ } }) };",
  '$j }',
].join(' ');

/** The error handler and the printer, shared with the registry fallback's script. */
export const SAY_FUNCTIONS = `${SECTION_FUNCTION}; ${PRINT_FUNCTION}`;

const line = (name: string, value: string): string => `Say @{ answer = '${SYSTEM_ANSWER}'; ${name} = ${value} }`;

const MODE = line('mode', '[string]$ExecutionContext.SessionState.LanguageMode');

// Win32_OperatingSystem: OperatingSystemSKU is GetProductInfo's number (Microsoft-documented).
const OS = line('os', `(Section { $w = Get-CimInstance -ClassName Win32_OperatingSystem -OperationTimeoutSec ${CIM_TIMEOUT_SEC}; @{ caption = [string]$w.Caption; sku = $w.OperatingSystemSKU; build = [string]$w.BuildNumber } })`);

// The current account's SID from whoami /user (CSV: "DOMAIN\name","SID"), matched against the
// local account database by property (never the name). whoami /upn only says whether a work or
// school sign-in name exists (true/false), so no name ever leaves this process.
const WHOAMI = "(Join-Path $env:SystemRoot 'System32\\whoami.exe')";
const ACCOUNT = line('account', [
  '(Section { $f = ([string](& ' + WHOAMI + ' /user /fo csv /nh)) -split \',\'; $sid = $f[$f.Count - 1].Trim().Trim([char]34);',
  "if ($sid -notmatch '^S-1-\\d+(-\\d+)+$') { throw 'whoami' };",
  '$u = @(Get-LocalUser | Where-Object { [string]$_.SID -eq $sid }); @{',
  "source = $(if ($u.Count -eq 1) { [string]$u[0].PrincipalSource } else { @{ error = 'UserNotFoundException'; id = 'UserNotFound,winlink-tutor' } });",
  "upn = (Section { $ErrorActionPreference = 'SilentlyContinue'; $t = & " + WHOAMI + ' /upn 2>$null;',
  "($LASTEXITCODE -eq 0) -and (([string]$t).Trim() -match '^[^@\\s\\\\]+@[^@\\s\\\\]+$') }) } })",
].join(' '));

// The activation check's own query, answered in its own shape so its parser reads it unchanged.
const LICENSE = line('license', `(Section { @{ answer = '${CIM_ANSWER}'; products = ${CIM_PRODUCTS} } })`);

const SECTIONS: Readonly<Record<ScriptSection, string>> = { os: OS, account: ACCOUNT, license: LICENSE };

/** The script for some sections, in the order fast first (licensing last). */
export function systemScript(sections: readonly ScriptSection[] = ALL_SECTIONS): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    "$ProgressPreference = 'SilentlyContinue'",
    "$WarningPreference = 'SilentlyContinue'",
    SAY_FUNCTIONS,
    MODE,
    ...ALL_SECTIONS.filter((name) => sections.includes(name)).map((name) => SECTIONS[name]),
  ].join('; ');
}

export const SYSTEM_SCRIPT = systemScript();

/** Arguments for Windows PowerShell 5.1 (LocalAccounts is documented for 5.1 only). */
export function systemScriptArgs(sections: readonly ScriptSection[] = ALL_SECTIONS): readonly string[] {
  // -InputFormat None: PowerShell never waits on the stdin pipe execFile leaves open.
  return ['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-Command', systemScript(sections)];
}
