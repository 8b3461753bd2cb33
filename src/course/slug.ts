/** `Open the Activation page` → `open-the-activation-page`: stable ids from headings. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
