// `report --copy`: hands the text to the system's clipboard program, trying each in turn.
import type { CommandOutcome } from '../windows/command-runner.js';

/** Runs a program with `input` on its stdin (never through a shell); injected so tests use fakes. */
export type InputRunner = (file: string, args: readonly string[], input: Buffer, opts: { readonly timeoutMs: number }) => Promise<CommandOutcome>;

export interface ClipboardTool {
  readonly file: string;
  readonly args: readonly string[];
  /** clip.exe reads UTF-16LE when the text starts with its byte order mark; the others read UTF-8. */
  readonly encoding: 'utf8' | 'utf16le';
}

export function clipboardTools(platform: NodeJS.Platform, systemRoot = 'C:\\Windows'): readonly ClipboardTool[] {
  if (platform === 'win32') return [{ file: `${systemRoot}\\System32\\clip.exe`, args: [], encoding: 'utf16le' }];
  if (platform === 'darwin') return [{ file: 'pbcopy', args: [], encoding: 'utf8' }];
  return [
    { file: 'wl-copy', args: [], encoding: 'utf8' },
    { file: 'xclip', args: ['-selection', 'clipboard'], encoding: 'utf8' },
  ];
}

function bytes(text: string, encoding: ClipboardTool['encoding']): Buffer {
  return encoding === 'utf16le' ? Buffer.from(`\uFEFF${text}`, 'utf16le') : Buffer.from(text, 'utf8');
}

/** What was tried when no tool took the text: each program's name and whether it was missing. */
export interface TriedTool {
  readonly tool: string;
  readonly notFound: boolean;
}

export type CopyResult = { readonly copied: true; readonly tool: string } | { readonly copied: false; readonly tried: readonly TriedTool[] };

const NAME = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Tries each tool until one takes the text; says which, or which were tried (the caller words it). */
export async function copyToClipboard(text: string, tools: readonly ClipboardTool[], run: InputRunner): Promise<CopyResult> {
  const tried: TriedTool[] = [];
  for (const tool of tools) {
    let outcome: CommandOutcome;
    try {
      outcome = await run(tool.file, tool.args, bytes(text, tool.encoding), { timeoutMs: 5000 });
    } catch {
      outcome = { stdout: '', stderr: '', code: null, timedOut: false, notFound: false };
    }
    if (outcome.code === 0) return { copied: true, tool: NAME(tool.file) };
    tried.push({ tool: NAME(tool.file), notFound: outcome.notFound });
  }
  return { copied: false, tried };
}
