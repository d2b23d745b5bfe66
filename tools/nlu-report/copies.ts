// "Not a copy of a sample": an utterance may not be a sample with its slots filled, nor one that differs
// from a sample only in what stands in a slot. A slot stands for any run of words that could be a value
// of its type: number words or digits for numbers and codes, for products any run of the words the
// locale's product names are made of, with articles and "and" (so "the coffee", "coffee and oat milk"
// count as slot values); in Japanese and Chinese any run of the characters product names are written
// with. Fillers ("um", "please", "えーと") and changed carrier words make an utterance a paraphrase.
import { SLOT_REFERENCE, type ModelSource } from '../models/source.js';
import { ARTICLES, CONJUNCTIONS, normalizeUtterance, SPACELESS } from './normalize.js';
import type { LabelledSet } from './sets.js';

/**
 * The words that may stand in a number slot of a sample for an utterance to count as its copy. Narrower on purpose
 * than the runtime's number and digit words (lambda/core/language/words.ts): a code read out in pairs ("neunzehn
 * achtzig") or with "nought" is a paraphrase of the "{code}" sample that the labelled sets keep; taking the
 * runtime's lists here would call three labelled utterances copies.
 */
const NUMBER_WORDS: Record<string, string[]> = {
  en: ['zero', 'oh', 'o', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
    'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
    'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'a', 'an', 'double', 'triple'],
  de: ['null', 'eins', 'ein', 'eine', 'einen', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun',
    'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'hundert', 'tausend'],
  it: ['zero', 'uno', 'una', 'un', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici',
    'dodici', 'venti', 'trenta', 'cento', 'mille'],
};
const CJK_NUMERALS = '0-9〇零一二三四五六七八九十百千万两兩壱弐参幺';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length).map(escape).join('|');

function slotPattern(type: string, model: ModelSource): string {
  const locale = model.locale;
  const spaceless = SPACELESS.test(locale);
  const numeric = type === 'AMAZON.NUMBER' || type === 'AMAZON.FOUR_DIGIT_NUMBER';
  if (spaceless) {
    if (numeric) return `[${CJK_NUMERALS}]+`;
    // any run of the characters product names are written with (and "and"): "コーヒー" for "コーヒー豆"
    const chars = new Set((model.types.find((t) => t.name === type)?.values ?? [])
      .flatMap((v) => [v.name, ...(v.synonyms ?? [])])
      .flatMap((n) => [...normalizeUtterance(n, locale)]));
    for (const c of 'とや和跟及') chars.add(c);
    return `[${[...chars].map(escape).join('').replace(/-/g, '\\-')}]+`;
  }
  const lang = locale.slice(0, 2);
  let words: string[];
  if (numeric) {
    words = NUMBER_WORDS[lang] ?? [];
    const word = `(?:\\d+|${alternation(words)})`;
    return `${word}(?: ${word}){0,5}`;
  }
  words = (model.types.find((t) => t.name === type)?.values ?? [])
    .flatMap((v) => [v.name, ...(v.synonyms ?? [])])
    .flatMap((n) => normalizeUtterance(n, locale).split(' '));
  words.push(...(ARTICLES[lang] ?? []), ...(CONJUNCTIONS[lang] ?? []));
  const word = `(?:${alternation(words)})`;
  return `${word}(?: ${word}){0,5}`;
}


/** One matcher per sample of the model: the sample's words, each slot standing for a value of its type. */
export function sampleMatchers(model: ModelSource): { intent: string; sample: string; pattern: RegExp }[] {
  const matchers: { intent: string; sample: string; pattern: RegExp }[] = [];
  for (const intent of model.intents) {
    // normalizing casefolds the slot references too
    const types = new Map((intent.slots ?? []).map((s) => [s.name.toLowerCase(), s.type]));
    for (const sample of intent.samples ?? []) {
      const normalized = normalizeUtterance(sample, model.locale);
      const parts = normalized.split(new RegExp(SLOT_REFERENCE.source));
      const source = parts
        .map((part, i) => (i % 2 === 1 ? `(?:${slotPattern(types.get(part) ?? '', model)})` : escape(part)))
        .join('');
      matchers.push({ intent: intent.name, sample, pattern: new RegExp(`^${source}$`, 'u') });
    }
  }
  return matchers;
}

/** Labelled utterances that are a sample of the model, or one with only a slot value changed. */
export function sampleCopies(set: LabelledSet, model: ModelSource): { text: string; intent: string; sample: string }[] {
  const matchers = sampleMatchers(model);
  const copies: { text: string; intent: string; sample: string }[] = [];
  for (const u of set.utterances) {
    const normalized = normalizeUtterance(u.text, model.locale);
    const hit = matchers.find((m) => m.pattern.test(normalized));
    if (hit) copies.push({ text: u.text, intent: hit.intent, sample: hit.sample });
  }
  return copies;
}
