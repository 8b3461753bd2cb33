/**
 * Ids and names come from lesson files, and some are also members of every plain object
 * ("constructor", "toString"): `record[id]` would find Object.prototype's function for them.
 * Only the record's own entries count.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
