// Whether a "yes" is consent: only a plain yes places or cancels an order. A yes that carries a number, a
// product, a hesitation ("hm", "äh", "えっと", "那个") or a hedge ("okay I guess", "嗯好的吧") is not; the question is
// asked again.
import type { TurnContext } from '../context.js';
import { candidatesFor, orderHistory, pastItems } from '../history.js';
import { fold } from '../language/matching.js';
import { parseQuantity } from '../language/quantity.js';

/** Sounds that fill a pause, per language (folded: lower case, no accents). */
const HESITATIONS: Record<string, RegExp> = {
  en: /^(?:h+m+|u+h+m*|u+m+|e+r+m*|a+h+|e+h+|well|so|like|hmm+|mhm)$/,
  de: /^(?:h+m+|a+h+|a+e+h+m*|o+e+h+m*|e+h+m*|a+h*m+|na+|also|tja|halt|naja)$/,
  it: /^(?:h+m+|e+h+m*|u+h*m+|a+h+|be+h+|boh|allora|cioe|tipo|dunque|mah)$/,
  ja: /^(?:えっと|えーと|えーっと|ええと|あの|あのー|あのう|うーん|うん?ー+ん?|その|まあ|んー+|えー+)$/,
  zh: /^(?:那个|这个|嗯+|呃+|额+|啊+|唔+|就是|然后)$/,
};

/**
 * Words that hedge a yes ("okay I guess", "ja, vielleicht", "va bene, credo", "はい、かな", "好的吧"): folded, matched
 * anywhere. A hedged yes is not consent to place or cancel an order.
 */
const HEDGES: Record<string, RegExp> = {
  en: /\b(?:i guess|i suppose|i think|maybe|perhaps|probably|sort of|kind of|not sure)\b/,
  de: /\b(?:vielleicht|wohl|schatze|glaub|glaube|denke|eigentlich|keine ahnung|meinetwegen|von mir aus)\b/,
  it: /\b(?:forse|credo|penso|magari|direi|non so)\b/,
  ja: /かな|かも|たぶん|多分|一応/u,
  zh: /吧$|可能|也许|大概|应该|随便/u,
};

/** Japanese and Chinese fillers that open an answer ("えっと、はい", "那个好的"): the yes after them is unsure. */
const LEADING_FILLER: Record<string, RegExp> = {
  ja: /^(?:えっと|えーと|えーっと|ええと|あの|うーん|んー|まあ)/u,
  zh: /^(?:那个|这个|呃|额|就是)/u,
};

const PUNCTUATION = /[\s.,!?;:、。！？，．…~\-"'「」]+/u;

/** The utterance's words (for Japanese and Chinese: the hesitations it is made of, or the whole text). */
function words(text: string, lang: string): string[] {
  const folded = fold(text);
  if (lang === 'ja' || lang === 'zh') {
    const pattern = HESITATIONS[lang];
    const parts = folded.split(PUNCTUATION).filter(Boolean);
    return parts.flatMap((p) => (pattern.test(p) ? [p] : splitHesitations(p, pattern)));
  }
  return folded.split(PUNCTUATION).filter(Boolean);
}

/** "えっとえっと" and "嗯那个" are hesitations only; anything else stays one word. */
function splitHesitations(part: string, pattern: RegExp): string[] {
  for (let i = part.length - 1; i > 0; i--) {
    if (pattern.test(part.slice(0, i))) {
      const rest = splitHesitations(part.slice(i), pattern);
      if (rest.every((r) => pattern.test(r))) return [part.slice(0, i), ...rest];
    }
  }
  return [part];
}

export function onlyHesitation(text: string, lang: string): boolean {
  const ws = words(text, lang);
  const pattern = HESITATIONS[lang] ?? HESITATIONS.en;
  return ws.length === 0 || ws.every((w) => pattern.test(w));
}

function saysNumber(text: string, lang: string): boolean {
  if (/[0-9０-９]/.test(text)) return true;
  // A kanji number only counts with a counter after it ("二袋", "两份") or as hundreds: "一下" is no number.
  if (lang === 'ja' || lang === 'zh') return /[一二三四五六七八九十两][つ個本袋箱份个件盒瓶包罐]|百/u.test(text);
  return words(text, lang).some((w) => parseQuantity(w, lang) !== undefined && !/^(?:a|an|one|un|una|uno|ein|eine|einen)$/.test(w));
}

async function namesProduct(ctx: TurnContext, text: string): Promise<boolean> {
  if (!ctx.customer) return false;
  const folded = fold(text);
  const candidates = await candidatesFor(ctx, pastItems(await orderHistory(ctx)));
  return candidates.some((c) => c.names.some((n) => n.trim().length > 1 && folded.includes(fold(n))));
}

/** A yes with a filler or a hedge in it: "um okay I guess", "äh ja okay", "ehm va bene", "えっと、はい", "嗯好的吧". */
export function hesitant(text: string, lang: string): boolean {
  const folded = fold(text).replace(/[.,!?;:、。！？，．…~"'「」]+$/u, '');
  if (HEDGES[lang]?.test(folded) || LEADING_FILLER[lang]?.test(folded)) return true;
  const pattern = HESITATIONS[lang] ?? HESITATIONS.en;
  return words(text, lang).some((w) => pattern.test(w));
}

/** A plain yes: the platform chose the yes intent, with no slot filled and, when the words are known, nothing else in them. */
export async function plainYes(ctx: TurnContext): Promise<boolean> {
  if (Object.values(ctx.turn.slots).some((v) => v?.spoken.trim())) return false;
  const text = ctx.turn.utterance?.trim();
  if (!text) return true;
  if (onlyHesitation(text, ctx.lang) || hesitant(text, ctx.lang)) return false;
  if (saysNumber(text, ctx.lang)) return false;
  return !(await namesProduct(ctx, text));
}
