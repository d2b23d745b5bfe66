// The loop every input goes through, typed (REPL) or read from a replay file, as in `ask dialog`: commands
// (.reset, .quit, .record FILE) act on the simulator and produce no turn; everything else is said to the device.
// It keeps the turns for --json, the inputs for .record, and counts what keeps the run from exit status 0.
import { formatNotice, formatProblem, formatTurn, formatUser, type Painter } from './print.js';
import { isCommand, unmetExpectations, type Expectation } from './replay.js';
import type { SimSession } from './session.js';
import type { TranscriptDocument, TurnRecord } from './transcript.js';

export interface RunnerOptions {
  session: SimSession;
  /** Collect the turns for one JSON document instead of printing a transcript. */
  json: boolean;
  /** Print "User > input" before each answer (replay, or a REPL whose input is not a terminal). */
  echoInput: boolean;
  /** Inputs come from a replay file: an empty one is skipped with a warning. */
  replay: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
  painter: Painter;
  /** Writes the inputs so far to a replay file; returns what to tell the user. */
  record?: (file: string, inputs: string[], intents: (string | null)[]) => string;
}

export const COMMANDS_HELP = '.record FILE (write the inputs so far as a replay file), .reset (end the session, keep the store), .quit';

export class DialogRunner {
  readonly turns: TurnRecord[] = [];
  /** What was said and the commands that shape the session (.reset), for .record. */
  readonly inputs: string[] = [];
  readonly intents: (string | null)[] = [];
  /** Inputs that got no proper answer, inputs a device would not pass on, and unmet expectations. */
  readonly problems: string[] = [];
  private count = 0;

  constructor(private readonly options: RunnerOptions) {}

  /** Notices belong to the transcript; with --json they go to stderr so stdout stays one document. */
  private notice(text: string): void {
    const { json, out, err, painter } = this.options;
    if (json) err(`note: ${text}`);
    else out(formatNotice(text, painter));
  }

  private problem(text: string): void {
    this.problems.push(text);
    const { json, out, err, painter } = this.options;
    if (json) err(`problem: ${text}`);
    else out(formatProblem(text, painter));
  }

  /**
   * Handles one input; `label` names it in problems ("input 3"), `expectation` is checked against its turn.
   * Returns 'quit' for .quit.
   */
  async input(raw: string, expectation: Expectation | null = null, label?: string): Promise<'continue' | 'quit'> {
    this.count += 1;
    return this.handle(raw, expectation, label ?? `input ${this.count}`);
  }

  private async handle(raw: string, expectation: Expectation | null, label: string): Promise<'continue' | 'quit'> {
    const { session, json, echoInput, painter, out } = this.options;
    const text = raw.trim();
    if (echoInput && !json && text) out(formatUser(text, painter));
    if (isCommand(text)) return this.command(text, expectation, label);
    if (!text) {
      if (this.options.replay) this.notice(`${label} is empty: skipped`);
      else this.notice('nothing was said');
      if (expectation) this.problem(`${label}: ${unmetExpectations(expectation, undefined).join('; ')}`);
      return 'continue';
    }
    const outcome = await session.say(text);
    this.inputs.push(text);
    if (outcome.kind === 'notice') {
      this.intents.push(null);
      if (outcome.reason === 'notOpen') this.problem(`${label} (${JSON.stringify(text)}): ${outcome.message}`);
      else this.notice(outcome.message);
      if (expectation) this.problem(`${label}: ${unmetExpectations(expectation, undefined).join('; ')}`);
      return 'continue';
    }
    const { turn } = outcome;
    this.turns.push(turn);
    this.intents.push(turn.intent);
    if (!json) for (const line of formatTurn(turn, session.platform, painter)) out(line);
    if (outcome.problem) this.problem(`${label} (${JSON.stringify(text)}): ${outcome.problem}`);
    if (expectation) {
      const unmet = unmetExpectations(expectation, turn);
      if (unmet.length) this.problem(`${label} (${JSON.stringify(text)}): ${unmet.join('; ')}`);
    }
    return 'continue';
  }

  private async command(text: string, expectation: Expectation | null, label: string): Promise<'continue' | 'quit'> {
    const [name, ...args] = text.split(/\s+/);
    const command = name.toLowerCase();
    if (expectation) this.problem(`${label}: ${command} is a command and produces no turn, so its expectation cannot be met`);
    if (command === '.quit' || command === '.exit') return 'quit';
    if (command === '.reset') {
      await this.options.session.reset();
      this.inputs.push('.reset');
      this.intents.push(null);
      this.notice(`session ended; the next input opens the skill again ("${this.options.session.openPhrase}")`);
      return 'continue';
    }
    if (command === '.record') {
      const file = args.join(' ');
      if (!file) this.notice('.record needs a file name: .record conversation.json (or .yaml)');
      else if (!this.options.record) this.notice('.record is not available here');
      else {
        try {
          this.notice(this.options.record(file, [...this.inputs], [...this.intents]));
        } catch (err) {
          this.notice(`could not write ${file}: ${(err as Error).message}`);
        }
      }
      return 'continue';
    }
    if (command === '.help') {
      this.notice(`commands: ${COMMANDS_HELP}`);
      return 'continue';
    }
    this.notice(`unknown command ${command}; commands: ${COMMANDS_HELP}`);
    return 'continue';
  }

  document(): TranscriptDocument {
    return { platform: this.options.session.platform, locale: this.options.session.locale, turns: this.turns };
  }
}

/** Plays a replay file's inputs in order, checking each one's expectation; stops at .quit. */
export async function playReplay(runner: DialogRunner, inputs: string[], expectations: (Expectation | null)[]): Promise<void> {
  for (const [i, text] of inputs.entries()) {
    if ((await runner.input(text, expectations[i] ?? null, `input ${i + 1}`)) === 'quit') break;
  }
}
