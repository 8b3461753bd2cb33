// The error-code field of the troubleshooting lesson, as a pure function of keys: only what a
// code can hold is taken, so stray letters (q, n) never end up in it.

export const MAX_CODE_LENGTH = 10;

export type FieldKey =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'submit' }
  | { readonly kind: 'cancel' };

export type FieldResult =
  | { readonly kind: 'editing'; readonly value: string }
  | { readonly kind: 'submitted'; readonly value: string }
  | { readonly kind: 'cancelled' };

export function fieldKey(value: string, key: FieldKey): FieldResult {
  switch (key.kind) {
    case 'backspace':
      return { kind: 'editing', value: value.slice(0, -1) };
    case 'submit':
      return value === '' ? { kind: 'cancelled' } : { kind: 'submitted', value };
    case 'cancel':
      return { kind: 'cancelled' };
    case 'text': {
      const accepted = key.text.replace(/[^0-9a-fA-FxX]/g, '');
      return { kind: 'editing', value: (value + accepted).slice(0, MAX_CODE_LENGTH) };
    }
  }
}
