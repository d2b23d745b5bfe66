// Ordinals said in answer to "which one: A or B?": "the second one", "die zweite", "la seconda", "2番目", "第二个",
// and "the last one". Language data, like the number words; the position is 1-based, -1 for "the last".
import { fold } from './matching.js';

const WORDS: Record<string, [RegExp, number][]> = {
  en: [[/\b(?:first|1st)\b/, 1], [/\b(?:second|2nd)\b/, 2], [/\b(?:third|3rd)\b/, 3], [/\b(?:fourth|4th)\b/, 4], [/\blast\b/, -1]],
  de: [[/\b(?:erst|1\.)\w*/, 1], [/\b(?:zweit|2\.)\w*/, 2], [/\b(?:dritt|3\.)\w*/, 3], [/\bviert\w*/, 4], [/\bletzt\w*/, -1]],
  it: [[/\b(?:prim[oaie])\b/, 1], [/\bsecond[oaie]\b/, 2], [/\bterz[oaie]\b/, 3], [/\bquart[oaie]\b/, 4], [/\bultim[oaie]\b/, -1]],
  ja: [[/(?:1|一|１)(?:番目|つ目|個目)|最初/u, 1], [/(?:2|二|２)(?:番目|つ目|個目)/u, 2], [/(?:3|三|３)(?:番目|つ目|個目)/u, 3], [/(?:4|四|４)(?:番目|つ目|個目)/u, 4], [/最後/u, -1]],
  zh: [[/第(?:一|1)/u, 1], [/第(?:二|2)/u, 2], [/第(?:三|3)/u, 3], [/第(?:四|4)/u, 4], [/最后/u, -1]],
};

/** The position an answer names, if it names exactly one ("the second one" → 2, "the last one" → -1). */
export function ordinalOf(text: string | undefined, lang: string): number | undefined {
  if (!text?.trim()) return undefined;
  const folded = fold(text);
  const found = (WORDS[lang] ?? WORDS.en).filter(([pattern]) => pattern.test(folded)).map(([, n]) => n);
  return found.length === 1 ? found[0] : undefined;
}

/** The option at that position (1-based, -1 the last), if there is one. */
export function atPosition<T>(options: readonly T[], position: number | undefined): T | undefined {
  if (position === undefined) return undefined;
  return position === -1 ? options.at(-1) : options[position - 1];
}

/** Words that may stand around an ordinal without naming anything ("the … one", "die …", "…のやつ", "…的那个"). */
const AROUND: Record<string, RegExp> = {
  en: /\b(?:the|one|ones|item|please)\b/g,
  de: /\b(?:der|die|das|den|dem|von|bitte|artikel)\b/g,
  it: /\b(?:il|la|lo|l|i|le|quello|quella|per favore|articolo)\b/g,
  ja: /の|やつ|もの|ほう|方|で|を|お願い(?:します)?|ください/gu,
  zh: /个|的|那|这|款|吧|要/gu,
};

/** Whether the words say a position and nothing else ("1つ目のやつ", "the second one"): no product's name. */
export function onlyOrdinal(text: string | undefined, lang: string): boolean {
  if (ordinalOf(text, lang) === undefined) return false;
  let rest = fold(text!);
  for (const [pattern] of WORDS[lang] ?? WORDS.en) rest = rest.replace(new RegExp(pattern.source, `${pattern.flags}g`), ' ');
  return rest.replace(AROUND[lang] ?? AROUND.en, ' ').replace(/[\s.,!?'’、。！？]+/gu, '') === '';
}
