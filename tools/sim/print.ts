// The readable transcript: "User > …", "Alexa > …" / "Google > …", with what the understanding chose, the
// reprompt, the card and the end of the session beneath. Colour only when writing to a terminal.
import { styleText } from 'node:util';
import type { Platform } from './skill-models.js';
import type { TurnRecord } from './transcript.js';

type Style = Parameters<typeof styleText>[0];

export interface Painter {
  paint(style: Style, text: string): string;
}

/** Colour when the stream is a terminal and NO_COLOR is not set (https://no-color.org). */
export function painter(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Painter {
  const colour = Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
  // Whether to colour is decided here (the stream may be a file or a test's buffer), not by styleText.
  return { paint: (style, text) => (colour ? styleText(style, text, { validateStream: false }) : text) };
}

export const USER_PROMPT = 'User > ';

export function speakerLabel(platform: Platform): string {
  return platform === 'alexa' ? 'Alexa > ' : 'Google > ';
}

function slotsText(slots: Record<string, string>): string {
  const entries = Object.entries(slots);
  return entries.length ? ` ${entries.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}` : '';
}

/** The lines of one answered turn (the user's line is the prompt's, printed by the caller). */
export function formatTurn(turn: TurnRecord, platform: Platform, p: Painter): string[] {
  const lines = [
    p.paint('dim', `  [${turn.intent}${slotsText(turn.slots)}]`),
    `${p.paint(['bold', 'cyan'], speakerLabel(platform))}${turn.speech || p.paint('dim', '(nothing said)')}`,
  ];
  if (turn.reprompt) lines.push(p.paint('dim', `  reprompt: ${turn.reprompt}`));
  if (turn.card) {
    const text = turn.card.text ? `: ${turn.card.text.replace(/\n/g, ' | ')}` : '';
    lines.push(p.paint('dim', `  card: ${turn.card.title}${text}`));
  }
  if (turn.endSession) lines.push(p.paint('dim', '  (session ended)'));
  return lines;
}

export function formatUser(text: string, p: Painter): string {
  return `${p.paint(['bold', 'green'], USER_PROMPT)}${text}`;
}

export function formatNotice(text: string, p: Painter): string {
  return p.paint('yellow', `  (${text})`);
}

export function formatProblem(text: string, p: Painter): string {
  return p.paint('red', `  ! ${text}`);
}
