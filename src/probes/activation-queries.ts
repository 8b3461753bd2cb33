import type { WindowsTools } from '../windows/windows-tools.js';
import type { Query } from './run-query.js';

export type { Query } from './run-query.js';

/** Windows' licensing ApplicationID (the same constant slmgr.vbs uses); it excludes Office. */
const WINDOWS_APP_ID = '55c92734-d682-4d71-983e-d6ec3f16059f';

/** Marks the query's own answer: a stub PowerShell (Wine's prints nothing, exit 0) never produces it. */
export const CIM_ANSWER = 'winlink-tutor/license/1';

// Read-only query. Only single quotes inside, so the argument needs no escaping; errors are made
// terminating so a failed query exits non-zero. The answer is always one JSON object with the
// marker and a list (empty when no key is installed), so "no output" can never mean "no license".
/**
 * Seconds a CIM query may take before it fails on its own (Get-CimInstance's default is the
 * server's, which can be unlimited): a hung licensing service then costs one section, not the run.
 */
export const CIM_TIMEOUT_SEC = 8;

/** PowerShell expression: the Windows licenses with a key installed, as an array (shared with the system probes' script). */
export const CIM_PRODUCTS =
  `@(Get-CimInstance -ClassName SoftwareLicensingProduct -OperationTimeoutSec ${CIM_TIMEOUT_SEC} -Filter 'ApplicationID=''${WINDOWS_APP_ID}'' AND PartialProductKey IS NOT NULL'` +
  " | Where-Object Name -like 'Windows*'" +
  ' | Select-Object Name, Description, PartialProductKey, LicenseStatus, LicenseStatusReason, GracePeriodRemaining)';

export const CIM_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  "$ProgressPreference = 'SilentlyContinue'",
  `$p = ${CIM_PRODUCTS}`,
  `ConvertTo-Json -Compress -Depth 3 -InputObject @{ answer = '${CIM_ANSWER}'; products = $p }`,
].join('; ');

export function powershellQuery(tools: WindowsTools): Query {
  return { file: tools.powershell, args: ['-NoProfile', '-NonInteractive', '-InputFormat', 'None', '-Command', CIM_SCRIPT] };
}

/** `cscript //nologo slmgr.vbs /dli`: prints to the console instead of a dialog; needs no elevation. */
export function slmgrDliQuery(tools: WindowsTools): Query {
  return { file: tools.cscript, args: ['//nologo', tools.slmgr, '/dli'] };
}
