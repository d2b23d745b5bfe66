// The voice lint: what every answer must be, whatever the conversation. Conversation tests record each answer
// (FakeShopper, the simulator's replays); test/voice-lint.test.ts and the root hook check them all.
import { ALEXA_SSML_TAGS, ssmlProblem as checkSsml } from '../../lambda/core/ssml-check.js';
import { ssmlToText } from '../../lambda/core/ssml.js';
import type { Reply } from '../../lambda/core/types.js';
import { translator } from '../../lambda/core/i18n.js';
import { resolveLocale } from '../../lambda/core/locale.js';

/**
 * Read-back budget: the first read-back of a cart (seller, items, where it goes, total, day and the question), in
 * words (en, de, it) or characters (ja, zh, without spaces): the "about 35 words / 70 characters".
 */
export const READ_BACK_BUDGET = { words: 35, characters: 70 } as const;

/**
 * What a cart of three or more products may add: each product is said with its count and unit ("1 box of decaf
 * coffee pods", 「カフェインレスのコーヒーカプセル1箱」), and no shorter form would still say what is bought. A
 * notice before the read-back ("Your last order hasn't arrived yet.", "The oat milk isn't available …") is not
 * counted: only the read-back's own sentences and the question are.
 */
export const READ_BACK_MARGIN = { words: 5, characters: 20 } as const;

/** A text's sentences: Latin ones end with . ! ? before a space, CJK ones with 。！？. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|(?<=[。！？])/u).filter((s) => s.trim());
}

/** The confirm question that ends a read-back (and only a read-back), and how many sentences the read-back has. */
function readBackMarks(locale: string, platform: string): { question: string; sentences: number } {
  const t = translator(resolveLocale(locale), platform);
  const vars = Object.fromEntries(['seller', 'items', 'address', 'total', 'day'].map((k) => [k, 'x']));
  return { question: ssmlToText(t('cart.confirmQuestion')), sentences: sentences(ssmlToText(t('cart.readBack', vars))).length };
}

/**
 * Rules whose fix belongs to the speech work (issue 10's speech half: "2 bags of coffee beans" instead of
 * "coffee beans, quantity 2"), reported but not failed until that work is merged. Empty this list then.
 */
export const AWAITING_SPEECH: readonly string[] = [];

/** Sentences that tell the shopper what to say, per language, when the answer is not itself a question. */
const SAYS_WHAT_TO_SAY: Record<string, RegExp> = {
  en: /\bsay\b|\byou can\b/i,
  de: /\bsag\b|\bsagen\b|\bkannst du\b|\bdu kannst\b/i,
  it: /\bdi'|\bdire\b|\bpuoi\b|\brispondi\b/i,
  ja: /言って|言うと|お答え|できます|教えて|ますか/u,
  zh: /请说|可以说|您可以|说“/u,
};

export interface Heard {
  locale: string;
  platform: string;
  reply: Reply;
  /** The open question's kind after this answer, if any. */
  question?: string;
}

// One list per process, whichever module instance records or reads it (mocha may load this file twice).
const holder = globalThis as typeof globalThis & { voiceLintHeard?: Heard[] };
const heard: Heard[] = (holder.voiceLintHeard ??= []);

export function record(entry: Heard): void {
  heard.push(entry);
}

export function allHeard(): readonly Heard[] {
  return heard;
}

/** Whether the SSML body, inside <speak>, is well-formed XML using only Alexa's tags: the runtime's own checker. */
export function ssmlProblem(body: string): string | undefined {
  return checkSsml(`<speak>${body}</speak>`, ALEXA_SSML_TAGS);
}

function language(locale: string): string {
  return locale.slice(0, 2);
}

/** A question in the answer: "Shall I place it? Say yes or no." asks one too. */
function asks(text: string): boolean {
  return /[?？]/u.test(text);
}

/** What follows the answer's last question, or undefined when it asks none. */
function lastQuestionTail(text: string): string | undefined {
  const at = Math.max(text.lastIndexOf('?'), text.lastIndexOf('？'));
  return at < 0 ? undefined : text.slice(at + 1).trim();
}

/** The "say 'talk to a person'" offers (second miss, third and later), as this locale says them. */
function personOffers(locale: string, platform: string): string[] {
  const t = translator(resolveLocale(locale), platform);
  return ['question.orPerson', 'question.orPersonAgain'].map((key) => ssmlToText(t(key)));
}

function questionCount(text: string): number {
  return (text.match(/[?？]/gu) ?? []).length;
}

/** Everything wrong with one answer (empty when nothing is). */
export function lint({ locale, platform, reply, question }: Heard): string[] {
  const problems: string[] = [];
  const lang = language(locale);
  const text = ssmlToText(reply.speech);
  const ssml = ssmlProblem(reply.speech);
  if (ssml) problems.push(`SSML: ${ssml}`);
  if (reply.reprompt) {
    const again = ssmlProblem(reply.reprompt);
    if (again) problems.push(`reprompt SSML: ${again}`);
  }
  // One question at a time: a second one (the handler's and the open question's) leaves the shopper unsure which to answer.
  if (questionCount(text) > 1) problems.push('more than one question');
  if (!reply.endSession && text) {
    if (!asks(text) && !(SAYS_WHAT_TO_SAY[lang] ?? SAYS_WHAT_TO_SAY.en).test(text)) problems.push('open microphone without a question or what to say');
    const reprompt = reply.reprompt ? ssmlToText(reply.reprompt) : undefined;
    if (platform === 'alexa' && !reprompt) problems.push('open microphone without a reprompt');
    if (reprompt && !asks(reprompt) && !(SAYS_WHAT_TO_SAY[lang] ?? SAYS_WHAT_TO_SAY.en).test(reprompt)) problems.push('reprompt is no question');
    // The answer ends on its question: after it, at most one sentence saying how to answer ("Say yes or no."),
    // never an offer tacked on ("… which item? If you'd rather, say "talk to a person".").
    const after = lastQuestionTail(text);
    if (after !== undefined && (sentences(after).length > 1 || personOffers(locale, platform).some((offer) => after.includes(offer)))) problems.push('does not end on its question');
  }
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(text)) problems.push('raw ISO date');
  if (/\b(?:USD|EUR|GBP|JPY|CNY|RMB)\b/.test(text)) problems.push('currency code');
  if (/\b(?:quantity|Menge|quantità)\s+\d/i.test(text)) problems.push('"quantity N"');
  const marks = question === 'confirmOrder' ? readBackMarks(locale, platform) : undefined;
  // A read-back ends with the confirm question, asked nowhere else (an edit's answer, "Okay, 3 bags … The new
  // total is … Should I place the order?", is one too, and shorter); a waiting cart's reminder asks "shall I place it?".
  if (marks && text.endsWith(marks.question) && !/[?？]/u.test(text.slice(0, -marks.question.length))) {
    const cjk = lang === 'ja' || lang === 'zh';
    const body = sentences(text).slice(-(marks.sentences + 1)).join(cjk ? '' : ' ');
    const size = cjk ? [...body.replace(/\s/g, '')].length : body.split(/\s+/).length;
    const budget = cjk ? READ_BACK_BUDGET.characters + READ_BACK_MARGIN.characters : READ_BACK_BUDGET.words + READ_BACK_MARGIN.words;
    if (size > budget) problems.push(`read-back of ${size} ${lang === 'ja' || lang === 'zh' ? 'characters' : 'words'} (budget ${budget})`);
  }
  const reprompt = reply.reprompt ? ` / reprompt "${ssmlToText(reply.reprompt)}"` : '';
  return problems.map((p) => `${locale} ${platform}: ${p}: "${text}"${reprompt}`);
}
