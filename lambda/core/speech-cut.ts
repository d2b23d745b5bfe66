// Cutting an answer at its question: what the router keeps of a handler's answer when the open question is asked
// again after it, and where a re-ask puts an offer so the answer still ends on its question.
import { ALEXA_SSML_TAGS, ssmlProblem } from './ssml-check.js';

/** Where a sentence ends: Latin stops before a space, CJK stops anywhere. */
const SENTENCE_END = /[.!](?=\s)|[。！]/gu;

/**
 * The answer up to its first question: "I couldn't find banana. Which one would you like?" keeps only the first
 * sentence, and a menu after the question goes with it. Unchanged when cutting would break the SSML.
 */
export function withoutQuestion(speech: string): string {
  const asked = speech.search(/[?？]/u);
  if (asked < 0) return speech;
  let cut = 0;
  for (const m of speech.slice(0, asked).matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  const lead = speech.slice(0, cut).trim();
  return ssmlProblem(`<speak>${lead}</speak>`, ALEXA_SSML_TAGS) ? speech : lead;
}

