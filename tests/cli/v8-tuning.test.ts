// The V8 flag the CLI sets for a batch, and when it leaves the user's own setting alone.
import { describe, expect, it } from 'vitest';
import { BATCH_INTERRUPT_BUDGET, V8_DEFAULT_INTERRUPT_BUDGET, batchV8Flags } from '../../src/cli/v8-tuning.js';

describe('batchV8Flags', () => {
  it('raises the interrupt budget to four times V8’s default', () => {
    expect(BATCH_INTERRUPT_BUDGET).toBe(4 * V8_DEFAULT_INTERRUPT_BUDGET);
  });

  it.each<[string, string[], string, boolean]>([
    ['plain node', [], '', true],
    ['other node flags', ['--enable-source-maps', '--max-old-space-size=4096'], '', true],
    ['other NODE_OPTIONS', [], '--max-old-space-size=4096  --trace-warnings', true],
    ['the user’s own budget on the command line', ['--interrupt-budget=1000'], '', false],
    ['the same with an underscore', ['--interrupt_budget=1000'], '', false],
    ['the user’s own budget in NODE_OPTIONS', [], '--enable-source-maps --interrupt-budget=1000', false],
    ['a different flag that starts alike', ['--interrupt-budget-for-maglev=10'], '', true],
  ])('%s', (_what, execArgv, nodeOptions, sets) => {
    expect(batchV8Flags(execArgv, nodeOptions)).toEqual(sets ? [`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`] : []);
  });
});
