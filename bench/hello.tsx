// The baseline for `npm run bench`: the smallest Ink app that does what the tutor's start screen
// does (one Text and an ink-select-input list), bundled with the product's esbuild options.
// Down/Up move the selection; q or Enter quits.
import { Box, render, Text, useApp, useInput } from 'ink';
import SelectInput from 'ink-select-input';

const items = [
  { label: 'First', value: 'first' },
  { label: 'Second', value: 'second' },
  { label: 'Third', value: 'third' },
];

function Hello() {
  const { exit } = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  return (
    <Box flexDirection="column">
      <Text>Hello from Ink</Text>
      <SelectInput items={items} onSelect={() => exit()} />
    </Box>
  );
}

render(<Hello />);
