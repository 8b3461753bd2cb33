/**
 * One table maps keys to named commands. The footer, the help overlay and the input handler
 * are all generated from it, so they cannot disagree. Every command has a letter key too,
 * because arrow keys fail in some Windows terminals. The words (footer hint, help row) are in
 * the UI catalog under `key.<command>.hint`, `.keys` and `.help`, so every language has them.
 */
import { labelSlots, SETTINGS_APP } from '../i18n/label-slots.js';
import { english, type Translate, type UiKey } from '../i18n/ui-strings.js';

export type KeyName =
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'return'
  | 'escape'
  | 'backspace'
  | 'delete';

/** A key as the input layer reports it: a named key or typed text. */
export interface KeyPress {
  readonly input: string;
  readonly names: ReadonlySet<KeyName>;
  readonly ctrl: boolean;
  /** Alt (meta) held: never a command, so Alt+q does not quit. Esc alone is not Alt. */
  readonly meta?: boolean;
}

export type Context = 'menu' | 'text' | 'task' | 'quiz' | 'choice' | 'check' | 'lookup' | 'hardware' | 'finished' | 'help' | 'steps' | 'search' | 'languages';

export type Command =
  | 'list.up'
  | 'list.down'
  | 'list.select'
  | 'list.number'
  | 'menu.up'
  | 'menu.down'
  | 'menu.select'
  | 'menu.number'
  | 'nav.next'
  | 'nav.prev'
  | 'nav.first'
  | 'nav.last'
  | 'scroll.up'
  | 'scroll.down'
  | 'page.up'
  | 'page.down'
  | 'task.done'
  | 'code.type'
  | 'hardware.record'
  | 'hardware.linked'
  | 'steps.toggle'
  | 'search.open'
  | 'search.up'
  | 'search.down'
  | 'search.select'
  | 'search.erase'
  | 'search.type'
  | 'search.close'
  | 'steps.up'
  | 'steps.down'
  | 'steps.select'
  | 'steps.number'
  | 'link.open'
  | 'windows.switch'
  | 'language.open'
  | 'languages.up'
  | 'languages.down'
  | 'languages.select'
  | 'languages.close'
  | 'lesson.next'
  | 'lesson.skipped'
  | 'app.menu'
  | 'app.help'
  | 'app.suspend'
  | 'app.quit';

export interface Binding {
  readonly command: Command;
  readonly names: readonly KeyName[];
  readonly letters: readonly string[];
  /** Letters pressed with Ctrl (Ctrl+Z is a key in raw mode, not a signal). */
  readonly ctrlLetters?: readonly string[];
  /** Has a short footer text (catalog `key.<command>.hint`, e.g. "n/→ next"). */
  readonly hint: boolean;
  /** Has a help-overlay row (catalog `key.<command>.keys` and `key.<command>.help`). */
  readonly help: boolean;
  readonly contexts: readonly Context[];
}

const STEPS: readonly Context[] = ['text', 'task', 'quiz', 'choice', 'check', 'lookup', 'hardware'];
const LISTS: readonly Context[] = ['quiz', 'choice'];
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const SCROLLING: readonly Context[] = ['text', 'task', 'check', 'lookup', 'hardware', 'finished', 'help'];

export const KEYMAP: readonly Binding[] = [
  // Quiz and choice options: the highlight lives in the tutor state, so digits mean option numbers.
  { command: 'list.up', names: ['upArrow'], letters: ['k'], hint: true, help: false, contexts: LISTS },
  { command: 'list.down', names: ['downArrow'], letters: ['j'], hint: false, help: false, contexts: LISTS },
  { command: 'list.select', names: ['return'], letters: [], hint: true, help: false, contexts: LISTS },
  { command: 'menu.up', names: ['upArrow'], letters: ['k'], hint: true, help: true, contexts: ['menu'] },
  { command: 'menu.down', names: ['downArrow'], letters: ['j'], hint: false, help: false, contexts: ['menu'] },
  { command: 'menu.select', names: ['return'], letters: [], hint: true, help: true, contexts: ['menu'] },
  { command: 'menu.number', names: [], letters: DIGITS, hint: true, help: true, contexts: ['menu'] },
  { command: 'list.number', names: [], letters: DIGITS, hint: false, help: true, contexts: LISTS },
  { command: 'steps.up', names: ['upArrow'], letters: ['k'], hint: true, help: false, contexts: ['steps'] },
  { command: 'steps.down', names: ['downArrow'], letters: ['j'], hint: false, help: false, contexts: ['steps'] },
  { command: 'steps.select', names: ['return'], letters: [], hint: true, help: false, contexts: ['steps'] },
  { command: 'steps.number', names: [], letters: [...DIGITS, '0'], hint: true, help: false, contexts: ['steps'] },
  { command: 'task.done', names: ['return'], letters: ['x'], hint: true, help: true, contexts: ['task'] },
  // While a code is typed, keys go to the field (tutor/code-field.ts), not to this table.
  { command: 'code.type', names: ['return'], letters: ['e'], hint: true, help: true, contexts: ['lookup'] },
  { command: 'hardware.record', names: [], letters: ['r'], hint: true, help: true, contexts: ['hardware'] },
  { command: 'hardware.linked', names: [], letters: ['l'], hint: true, help: false, contexts: ['hardware'] },
  { command: 'lesson.next', names: ['return'], letters: [], hint: true, help: false, contexts: ['finished'] },
  { command: 'lesson.skipped', names: [], letters: ['b'], hint: true, help: true, contexts: ['finished'] },
  { command: 'nav.next', names: ['rightArrow'], letters: ['n', ' '], hint: true, help: true, contexts: STEPS },
  { command: 'nav.prev', names: ['leftArrow'], letters: ['p'], hint: true, help: true, contexts: STEPS },
  { command: 'nav.first', names: ['home'], letters: ['g'], hint: false, help: true, contexts: STEPS },
  { command: 'nav.last', names: ['end'], letters: ['G'], hint: false, help: true, contexts: STEPS },
  { command: 'scroll.up', names: ['upArrow'], letters: ['k'], hint: true, help: true, contexts: SCROLLING },
  { command: 'scroll.down', names: ['downArrow'], letters: ['j'], hint: false, help: false, contexts: SCROLLING },
  { command: 'page.up', names: ['pageUp'], letters: ['u'], hint: true, help: true, contexts: [...STEPS, 'finished', 'help'] },
  { command: 'page.down', names: ['pageDown'], letters: ['d'], hint: false, help: false, contexts: [...STEPS, 'finished', 'help'] },
  { command: 'link.open', names: [], letters: ['o'], hint: true, help: true, contexts: ['task'] },
  { command: 'windows.switch', names: [], letters: ['w'], hint: true, help: true, contexts: STEPS },
  { command: 'steps.toggle', names: [], letters: ['t'], hint: true, help: true, contexts: [...STEPS, 'finished', 'steps'] },
  { command: 'search.open', names: [], letters: ['/'], hint: true, help: true, contexts: ['menu', ...STEPS, 'finished'] },
  // In the search box letters are text, so only named keys are commands there.
  { command: 'search.up', names: ['upArrow'], letters: [], hint: true, help: false, contexts: ['search'] },
  { command: 'search.down', names: ['downArrow'], letters: [], hint: false, help: false, contexts: ['search'] },
  { command: 'search.select', names: ['return'], letters: [], hint: true, help: false, contexts: ['search'] },
  { command: 'search.erase', names: ['backspace', 'delete'], letters: [], hint: false, help: false, contexts: ['search'] },
  { command: 'search.close', names: ['escape'], letters: [], hint: true, help: false, contexts: ['search'] },
  { command: 'language.open', names: [], letters: ['l'], hint: true, help: true, contexts: ['menu'] },
  // The language list (l on the start screen).
  { command: 'languages.up', names: ['upArrow'], letters: ['k'], hint: true, help: false, contexts: ['languages'] },
  { command: 'languages.down', names: ['downArrow'], letters: ['j'], hint: false, help: false, contexts: ['languages'] },
  { command: 'languages.select', names: ['return'], letters: [], hint: true, help: false, contexts: ['languages'] },
  { command: 'languages.close', names: ['escape'], letters: [], hint: true, help: false, contexts: ['languages'] },
  { command: 'app.menu', names: ['escape'], letters: ['m'], hint: true, help: true, contexts: [...STEPS, 'finished'] },
  { command: 'app.help', names: [], letters: ['?'], hint: true, help: true, contexts: ['menu', ...STEPS, 'finished', 'help', 'steps'] },
  { command: 'app.suspend', names: [], letters: [], ctrlLetters: ['z'], hint: false, help: true, contexts: ['menu', ...STEPS, 'finished', 'help', 'steps', 'search'] },
  { command: 'app.quit', names: [], letters: ['q'], hint: true, help: true, contexts: ['menu', ...STEPS, 'finished', 'help', 'steps', 'languages'] },
];

/** The command a key triggers in a context, or null. */
export function commandFor(key: KeyPress, context: Context): Command | null {
  if (key.meta) return null;
  if (key.ctrl) return KEYMAP.find((binding) => binding.contexts.includes(context) && binding.ctrlLetters?.includes(key.input))?.command ?? null;
  if (context === 'help' && (key.names.has('escape') || key.input === '?')) return 'app.help';
  if (context === 'steps' && key.names.has('escape')) return 'steps.toggle';
  for (const binding of KEYMAP) {
    if (!binding.contexts.includes(context)) continue;
    if (binding.names.some((name) => key.names.has(name)) || (key.input !== '' && binding.letters.includes(key.input))) {
      return binding.command;
    }
  }
  // Everything else typed in the search box is part of the query.
  if (context === 'search' && /^[^\u0000-\u001f\u007f]+$/u.test(key.input)) return 'search.type';
  return null;
}

/** Footer hints for a context, in table order. */
export interface FooterSituation {
  /** Off Windows the open key says where pages open. */
  readonly onWindows?: boolean;
  /** Scroll keys are listed only when the content is longer than the window. */
  readonly scrollable?: boolean;
  /** After the last lesson there is no next lesson to start. */
  readonly hasNextLesson?: boolean;
  /** A lesson's end offers b only when a step was skipped. */
  readonly hasSkipped?: boolean;
}

const SCROLL_COMMANDS: readonly Command[] = ['scroll.up', 'page.up'];

/**
 * Footer hints are dropped in this order when the footer does not fit (first = least useful).
 * Help and quit are never dropped: the help overlay lists every key, and quit must stay findable.
 */
const FOOTER_DROP_ORDER: readonly Command[] = [
  'windows.switch',
  'search.open',
  'language.open',
  'steps.toggle',
  'page.up',
  'scroll.up',
  'list.up',
  'menu.up',
  'steps.up',
  'steps.number',
  'menu.number',
  'nav.prev',
  'app.menu',
  'link.open',
  'list.select',
  'menu.select',
  'task.done',
  'code.type',
  'hardware.linked',
  'hardware.record',
  'search.up',
  'search.select',
  'nav.next',
  'lesson.skipped',
  'lesson.next',
];

export interface FooterHint {
  readonly hint: string;
  /** Lower ranks are dropped first; Infinity is never dropped. */
  readonly rank: number;
}

const rankOf = (command: Command): number => {
  const index = FOOTER_DROP_ORDER.indexOf(command);
  return index === -1 ? Infinity : index;
};

/** The catalog key of a binding's words; en.json has one for every binding that has them (tested). */
const words = (command: Command, part: 'hint' | 'keys' | 'help'): UiKey => `key.${command}.${part}` as UiKey;

/** Footer hints for a context, in table order, each with its drop rank. */
export function footerEntries(context: Context, situation: FooterSituation = {}, t: Translate = english): FooterHint[] {
  const { onWindows = true, scrollable = true, hasNextLesson = true, hasSkipped = false } = situation;
  if (context === 'help') {
    const scroll = scrollable ? [{ hint: t(words('scroll.up', 'hint')), rank: 1 }, { hint: t(words('page.up', 'hint')), rank: 0 }] : [];
    return [...scroll, { hint: t('footer.help.close'), rank: Infinity }, { hint: t(words('app.quit', 'hint')), rank: Infinity }];
  }
  return KEYMAP.filter((binding) => binding.hint && binding.contexts.includes(context))
    .filter((binding) => scrollable || !SCROLL_COMMANDS.includes(binding.command))
    .filter((binding) => hasNextLesson || binding.command !== 'lesson.next')
    .filter((binding) => hasSkipped || binding.command !== 'lesson.skipped')
    .map((binding) => {
      // In the step list, t is how it closes: never dropped there.
      if (context === 'steps' && binding.command === 'steps.toggle') return { hint: t('footer.steps.close'), rank: Infinity };
      return { hint: binding.command === 'link.open' && !onWindows ? t('footer.link.open.offWindows') : t(words(binding.command, 'hint')), rank: rankOf(binding.command) };
    });
}

/** Footer hints for a context, in table order; rarer keys (g, G) are left to the help overlay. */
export function footerHints(context: Context, situation: FooterSituation = {}, t: Translate = english): string[] {
  return footerEntries(context, situation, t).map((entry) => entry.hint);
}

/**
 * Rows for the help overlay: every command with its keys. `windowsLanguage` names the Settings
 * app ("open the Settings page") as that Windows display language does.
 */
export function helpRows(t: Translate = english, windowsLanguage = 'en-US'): { keys: string; description: string }[] {
  const settings = labelSlots(SETTINGS_APP, windowsLanguage, t);
  return KEYMAP.filter((binding) => binding.help).map(({ command }) => ({ keys: t(words(command, 'keys')), description: t(words(command, 'help'), settings) }));
}
