// The turn record of ../shared/contracts/simulator.md: what was said, what the understanding chose, and what the
// skill answered (plain text, SSML removed), read from each platform's real response.
import type { ResponseEnvelope } from 'ask-sdk-model';
import { ssmlToText } from '../../lambda/core/ssml.js';
import type { Platform } from './skill-models.js';

export interface TurnCard {
  title: string;
  text: string;
}

export interface TurnRecord {
  user: string;
  /** The intent the understanding chose, LaunchRequest for a launch, AMAZON.FallbackIntent when nothing fits. */
  intent: string;
  /** Slot name -> the words as heard. */
  slots: Record<string, string>;
  speech: string;
  reprompt: string | null;
  endSession: boolean;
  card: TurnCard | null;
}

/** The --json document. */
export interface TranscriptDocument {
  platform: Platform;
  locale: string;
  turns: TurnRecord[];
}

/** What the skill answered, as the platform shows it. */
export type Answer = Pick<TurnRecord, 'speech' | 'reprompt' | 'endSession' | 'card'>;

function plain(speech: { type?: string; ssml?: string; text?: string } | undefined): string {
  if (!speech) return '';
  if (speech.ssml !== undefined) return ssmlToText(speech.ssml);
  return (speech.text ?? '').trim();
}

/** Name of the card Alexa shows for account linking: the app draws it, the response has no title or text. */
export const LINK_ACCOUNT_CARD = 'LinkAccount';

export function alexaAnswer(envelope: ResponseEnvelope): Answer {
  const response = envelope.response ?? {};
  const reprompt = plain(response.reprompt?.outputSpeech as { ssml?: string; text?: string } | undefined);
  const card = response.card;
  let shown: TurnCard | null = null;
  if (card?.type === 'Simple') shown = { title: card.title ?? '', text: card.content ?? '' };
  else if (card?.type === 'Standard') shown = { title: card.title ?? '', text: card.text ?? '' };
  else if (card?.type === 'LinkAccount') shown = { title: LINK_ACCOUNT_CARD, text: '' };
  return {
    speech: plain(response.outputSpeech as { ssml?: string; text?: string } | undefined),
    reprompt: reprompt || null,
    // Omitted shouldEndSession closes the session on a voice device too.
    endSession: response.shouldEndSession !== false,
    card: shown,
  };
}

interface RichItem {
  simpleResponse?: { textToSpeech?: string; ssml?: string; displayText?: string };
  basicCard?: { title?: string; formattedText?: string; subtitle?: string };
}

interface GoogleBody {
  fulfillmentText?: string;
  payload?: { google?: { expectUserResponse?: boolean; richResponse?: { items?: RichItem[] }; noInputPrompts?: { textToSpeech?: string; ssml?: string }[] } };
}

export function googleAnswer(body: unknown): Answer {
  const b = (body ?? {}) as GoogleBody;
  const google = b.payload?.google;
  const items = google?.richResponse?.items ?? [];
  const spoken = items
    .map((i) => i.simpleResponse)
    .filter((s): s is NonNullable<RichItem['simpleResponse']> => Boolean(s))
    .map((s) => ssmlToText(s.textToSpeech ?? s.ssml ?? s.displayText ?? ''))
    .filter(Boolean)
    .join(' ');
  const basic = items.find((i) => i.basicCard)?.basicCard;
  const noInput = google?.noInputPrompts?.[0];
  return {
    speech: spoken || (b.fulfillmentText ?? '').trim(),
    reprompt: noInput ? ssmlToText(noInput.textToSpeech ?? noInput.ssml ?? '') || null : null,
    endSession: google ? google.expectUserResponse === false : false,
    card: basic ? { title: basic.title ?? '', text: basic.formattedText ?? basic.subtitle ?? '' } : null,
  };
}

/** Slot name -> words as heard, for the filled slots only. */
export function spokenSlots(slots: Record<string, { value: string } | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(slots).filter(([, s]) => s?.value).map(([name, s]) => [name, s!.value]));
}
