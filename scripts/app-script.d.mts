export function appScript(esm: string): string;
