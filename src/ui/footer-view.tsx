import { Text } from 'ink';

/** The key hints under a screen, one Text per line (footer-lines.ts decides what they say). */
export function FooterView({ lines }: { readonly lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </>
  );
}
