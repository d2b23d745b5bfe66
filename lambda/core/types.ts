// The neutral request and reply every platform adapter translates to and from.
import type { DialogState, OpenQuestion } from './dialog/state.js';


export interface SlotValue {
  /** What the shopper said, as the platform heard it. */
  spoken: string;
  /** Canonical names the platform resolved the value to (entity resolution), best first. */
  resolved?: string[];
}

export interface Capabilities {
  /** The device can show cards or visual responses. */
  screen: boolean;
  /** The platform can show a card that starts account linking. */
  accountLinkingCard: boolean;
  /**
   * Where the shopper links their account, when the adapter knows the app by name ('googleHome': the Google Home
   * app, for Dialogflow's Google Assistant channel). Unset: the prompt says "the app you use to talk to me".
   */
  linkingApp?: 'googleHome';
}

export type TurnKind = 'launch' | 'intent' | 'sessionEnded';

export interface Turn {
  requestId: string;
  platform: string;
  sessionId: string;
  newSession: boolean;
  /** The request's own timestamp: every "now" decision uses it, so replays answer the same. */
  now: Date;
  locale: string;
  kind: TurnKind;
  intent: string;
  slots: Record<string, SlotValue | undefined>;
  user: { accessToken?: string; userId?: string };
  capabilities: Capabilities;
  /** What the shopper said, when the platform passes it on (Dialogflow's queryText; Alexa never does). */
  utterance?: string;
  /** Dialog state the platform carried from the previous turn (session attributes, output contexts). */
  state: DialogState;
}

export type { DialogState };
/** The open question (kept under its old name for the code that reads `state.pending`). */
export type Pending = OpenQuestion;

export interface Card {
  kind: 'summary' | 'linkAccount';
  title: string;
  text: string;
}

export interface Reply {
  /** SSML body without the <speak> wrapper; shopper text inside it is already escaped. */
  speech: string;
  reprompt?: string;
  card?: Card;
  endSession: boolean;
  state: DialogState;
  /** Short answers the shopper is expected to give, for platforms that show chips. */
  suggestions?: string[];
}
