// Interactive mode: "User > " on a terminal, one answer per line typed, until .quit or the end of input.
// Piped input works too (each line is echoed after "User > " so the transcript reads the same).
import { createInterface } from 'node:readline';
import { USER_PROMPT } from './print.js';
import type { DialogRunner } from './run.js';

export interface ReplStreams {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Reads lines until .quit or end of input; each goes through the runner in turn. */
export async function runRepl(runner: DialogRunner, streams: ReplStreams, prompt = USER_PROMPT, showPrompt = true): Promise<void> {
  const terminal = Boolean(streams.input.isTTY && streams.output.isTTY);
  const rl = createInterface({ input: streams.input, output: terminal ? streams.output : undefined, terminal, historySize: 200 });
  rl.setPrompt(prompt);
  const ask = () => {
    if (terminal && showPrompt) rl.prompt();
  };
  // Ctrl-C on an empty line quits, as in `ask dialog`.
  rl.on('SIGINT', () => rl.close());
  ask();
  try {
    for await (const line of rl) {
      if ((await runner.input(line)) === 'quit') break;
      ask();
    }
  } finally {
    rl.close();
  }
}
