// The one read-only Windows PowerShell script the system probes share (each start costs 0.5-2 s).
// It prints one JSON object carrying a marker (a stub PowerShell, as under Wine, never prints it)
// and one section per probe; each section catches its own errors, so one failing cmdlet leaves
// the others standing. Errors are reported by exception type and error id only: their messages
// can contain the user's name. Only single quotes inside, so the argument needs no escaping.
import { CIM_ANSWER, CIM_PRODUCTS } from './activation-queries.js';

export const SYSTEM_ANSWER = 'winlink-tutor/system/1';

const SECTION_FUNCTION =
  'function Section([scriptblock]$Body) { try { & $Body } catch { [ordered]@{ error = $_.Exception.GetType().FullName; id = [string]$_.FullyQualifiedErrorId } } }';

// Win32_OperatingSystem: OperatingSystemSKU is GetProductInfo's number (Microsoft-documented).
const OS = "$o.os = Section { $w = Get-CimInstance -ClassName Win32_OperatingSystem; [ordered]@{ caption = [string]$w.Caption; sku = $w.OperatingSystemSKU; build = [string]$w.BuildNumber } }";

// Get-LocalUser for the current SID (never the name); whoami /upn only says whether a work or school
// sign-in name exists (true/false), so the name itself never leaves this process.
const ACCOUNT = [
  '$o.account = Section { $sid = [Security.Principal.WindowsIdentity]::GetCurrent().User; [ordered]@{',
  'source = Section { [string](Get-LocalUser -SID $sid).PrincipalSource };',
  "upn = Section { $ErrorActionPreference = 'SilentlyContinue'; $t = & (Join-Path $env:SystemRoot 'System32\\whoami.exe') /upn 2>$null;",
  "($LASTEXITCODE -eq 0) -and (([string]$t).Trim() -match '^[^@\\s\\\\]+@[^@\\s\\\\]+$') } } }",
].join(' ');

// True only in an elevated process under UAC (the filtered token's Administrators SID is deny-only).
const ADMIN =
  '$o.admin = Section { [ordered]@{ inRole = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator) } }';

// The activation check's own query, answered in its own shape so its parser reads it unchanged.
const LICENSE = `$o.license = Section { [ordered]@{ answer = '${CIM_ANSWER}'; products = ${CIM_PRODUCTS} } }`;

// PowerShell writes to a pipe in the console's code page: escaping everything beyond ASCII keeps a
// localized caption intact without touching the console's code page (the user's terminal).
const PRINT = [
  '$j = ConvertTo-Json -Compress -Depth 6 -InputObject $o',
  "[regex]::Replace($j, '[^\\x00-\\x7F]', { param($m) '\\u{0:x4}' -f [int][char]$m.Value })",
].join('; ');

export const SYSTEM_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  "$ProgressPreference = 'SilentlyContinue'",
  "$WarningPreference = 'SilentlyContinue'",
  SECTION_FUNCTION,
  `$o = [ordered]@{ answer = '${SYSTEM_ANSWER}' }`,
  OS,
  ACCOUNT,
  ADMIN,
  LICENSE,
  PRINT,
].join('; ');

/** Arguments for Windows PowerShell 5.1 (LocalAccounts is documented for 5.1 only). */
export function systemScriptArgs(): readonly string[] {
  // -InputFormat None: PowerShell never waits on the stdin pipe execFile leaves open.
  return ['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-Command', SYSTEM_SCRIPT];
}
