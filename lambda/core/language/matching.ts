// Finds the product a shopper means among the names they have bought, tolerant of loose wording
// ("the coffee"), split or joined words ("tooth brush heads"), compounds ("Bürstenköpfe") and small
// recognition slips, in languages with and without spaces.
import { distance } from 'fastest-levenshtein';
import { ARTICLES } from './words.js';

const STOPWORDS: Record<string, string[]> = {
  en: [...ARTICLES.en, 'of', 'more', 'again', 'please', 'too', 'also', 'another', 'pack', 'packs', 'box', 'boxes', 'bag', 'bags', 'bottle', 'bottles', 'those', 'that', 'these', 'this', 'one', 'ones', 'same', 'order', 'for', 'with', 'up'],
  de: [...ARTICLES.de, 'einer', 'meiner', 'noch', 'mal', 'bitte', 'auch', 'nochmal', 'wieder', 'packung', 'packungen', 'stück', 'von', 'vom', 'diese', 'dieser', 'für', 'mit'],
  it: [...ARTICLES.it, "l'", "un'", 'dello', 'degli', 'di', 'mio', 'mia', 'miei', 'mie', 'ancora', 'per', 'favore', 'anche', 'confezione', 'confezioni', 'pacco', 'pacchi', 'quel', 'quello', 'quella', 'da', 'con'],
  ja: [],
  zh: [],
};

/** Particles and fillers that glue Japanese phrases together but never tell products apart. */
const FILLERS: Record<string, RegExp> = {
  ja: /(?:を|も|が|は|って|とか|いつもの|また|もう一度|ください|お願い|して)/gu,
  zh: /(?:帮我|给我|我要|我的|请|一下|那个|这个|那些|这些|再来|再买|再订|也要|还要|了|吧|呢|吗)/gu,
};

const SPLITTERS: Record<string, RegExp> = {
  en: /\s*(?:,|;|\band also\b|\band\b|\bplus\b|\bas well as\b)\s*/iu,
  de: /\s*(?:,|;|\bund auch\b|\bund\b|\bsowie\b|\bplus\b)\s*/iu,
  it: /\s*(?:,|;|\bed\b|\be\b|\bpiù\b|\bpoi\b)\s*/iu,
  ja: /\s*(?:、|,|と|および|それから)\s*/u,
  zh: /\s*(?:、|，|,|和|跟|还有|以及|加上|与)\s*/u,
};

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase()
    .replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}'\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** What a phrase is compared by: its content words, those joined, and the letter pairs of the joined form. */
interface Features {
  words: string[];
  joined: string;
  /** Each letter pair of `joined`, with how often it occurs. */
  pairs: Map<string, number>;
  /** How many letter pairs `joined` has (a lone letter counts as one). */
  pairCount: number;
}

/** Product names and a shopper's phrases are compared again and again (every past product on every reorder, every
 * span of a sentence in the simulator): their features are worked out once. Bounded: past the size it starts afresh. */
const featureCache = new Map<string, Features>();
const FEATURE_CACHE_SIZE = 10_000;

function features(text: string, lang: string): Features {
  const key = `${lang}|${text}`;
  let found = featureCache.get(key);
  if (!found) {
    if (featureCache.size >= FEATURE_CACHE_SIZE) featureCache.clear();
    const words = computeContentTokens(text, lang);
    const joined = words.join('');
    const pairs = new Map<string, number>();
    const list = bigrams(joined);
    for (const b of list) pairs.set(b, (pairs.get(b) ?? 0) + 1);
    found = { words, joined, pairs, pairCount: list.length };
    featureCache.set(key, found);
  }
  return found;
}

function contentTokens(text: string, lang: string): string[] {
  return features(text, lang).words;
}

function computeContentTokens(text: string, lang: string): string[] {
  const folded = fold(FILLERS[lang] ? text.replace(FILLERS[lang], ' ') : text);
  const stop = STOP_SETS[lang] ?? STOP_SETS.en;
  return folded.split(' ').map((w) => w.replace(/^(?:l|un|dell|all|nell|sull)'/u, '')).filter((w) => w && !stop.has(w));
}

const STOP_SETS: Record<string, Set<string>> = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.map(fold))]));

function bigrams(text: string): string[] {
  if (text.length < 2) return text ? [text] : [];
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** Share of the query's letter pairs found in the candidate (each pair used once): per pair, the fewer of its
 * occurrences in either. */
function containment(query: Features, candidate: Features): number {
  if (query.pairCount === 0) return 0;
  let hits = 0;
  for (const [pair, n] of query.pairs) hits += Math.min(n, candidate.pairs.get(pair) ?? 0);
  return hits / query.pairCount;
}

/** Whether two words are at most `slips` edits apart; words whose lengths differ by more cannot be. */
function near(a: string, b: string, slips: number): boolean {
  return Math.abs(a.length - b.length) <= slips && distance(a, b) <= slips;
}

/**
 * A query word counts when it starts or ends a candidate word (compounds: "Bürstenköpfe" in
 * "Zahnbürstenköpfe"), or is a small slip away. Short words must match whole: "pen" is not "pencils",
 * "rice" is not "price", "beer" is not "beef".
 */
function anchored(word: string, candidateWords: string[], candidateJoined: string): boolean {
  const slips = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  const partOk = word.length >= 5;
  return candidateWords.some((c) => c === word
    || (partOk && (c.startsWith(word) || c.endsWith(word)))
    || (c.length >= 5 && word.startsWith(c))
    || (slips > 0 && near(word, c, slips))
    // The start of a longer word with a slip in it: the first letter must hold ("macché" is not "sacchetti").
    || (partOk && c.length > word.length && c[0] === word[0] && distance(word, c.slice(0, word.length)) <= slips))
    || (partOk && candidateJoined.includes(word));
}

/** Scores already worked out: a shopper says the same few phrases against the same past products turn after turn
 * (every name and synonym of each), and the simulator tries each span of a sentence against every product. Bounded:
 * past the size it starts afresh. */
const scoreCache = new Map<string, number>();
const SCORE_CACHE_SIZE = 10_000;

/** How well a spoken phrase names a product, 0..1. */
export function matchScore(spoken: string, name: string, lang: string): number {
  const key = `${lang}\u0000${spoken}\u0000${name}`;
  let score = scoreCache.get(key);
  if (score === undefined) {
    if (scoreCache.size >= SCORE_CACHE_SIZE) scoreCache.clear();
    score = computeScore(spoken, name, lang);
    scoreCache.set(key, score);
  }
  return score;
}

function computeScore(spoken: string, name: string, lang: string): number {
  const query = features(spoken, lang);
  const candidate = features(name, lang);
  const q = query.words;
  if (q.length === 0 || candidate.words.length === 0) return 0;
  if (query.joined === candidate.joined) return 1;
  const letters = containment(query, candidate);
  // Without spaces there are no words to anchor: letter pairs carry the whole match.
  if (FILLERS[lang]) return letters;
  const anchors = q.filter((w) => anchored(w, candidate.words, candidate.joined)).length / q.length;
  return 0.5 * letters + 0.5 * anchors;
}

export interface Candidate {
  sku: string;
  names: string[];
}

export const MATCH_THRESHOLD = 0.72;
/** Candidates this close to the best are equally likely: ask rather than guess. */
const TIE_MARGIN = 0.06;

export type MatchResult =
  | { kind: 'one'; sku: string }
  | { kind: 'several'; skus: string[] }
  | { kind: 'none' };

export function findProduct(phrases: string[], candidates: Candidate[], lang: string): MatchResult {
  const scored = candidates
    .map((cand) => ({
      sku: cand.sku,
      score: Math.max(0, ...phrases.flatMap((p) => cand.names.map((n) => matchScore(p, n, lang)))),
    }))
    .filter((s) => s.score >= MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { kind: 'none' };
  const close = scored.filter((s) => s.score >= scored[0].score - TIE_MARGIN);
  if (close.length === 1) return { kind: 'one', sku: close[0].sku };
  // "oat milk" also fits "oat milk barista edition" fully; the product named exactly is the one meant.
  const exact = close.filter((s) => candidates.find((c) => c.sku === s.sku)!.names
    .some((n) => phrases.some((p) => sameName(p, n, lang))));
  return exact.length === 1 ? { kind: 'one', sku: exact[0].sku } : { kind: 'several', skus: close.map((s) => s.sku) };
}

function sameName(spoken: string, name: string, lang: string): boolean {
  const a = contentTokens(spoken, lang).join('');
  return a !== '' && a === contentTokens(name, lang).join('');
}

/** Words that name the order itself, not a product in it: "where is my package", "wo ist mein Paket". */
const ORDER_WORDS: Record<string, string[]> = {
  en: ['orders', 'package', 'packages', 'parcel', 'parcels', 'delivery', 'deliveries', 'shipment', 'stuff', 'things', 'items', 'purchase', 'purchases', 'last', 'usual'],
  de: ['bestellung', 'bestellungen', 'paket', 'pakete', 'päckchen', 'lieferung', 'lieferungen', 'sendung', 'sachen', 'zeug', 'einkauf', 'letzte', 'letzten', 'übliche'],
  it: ['ordine', 'ordini', 'pacco', 'pacchi', 'consegna', 'consegne', 'spedizione', 'spedizioni', 'roba', 'cose', 'acquisto', 'acquisti', 'ultimo', 'solito'],
  ja: ['注文', '注文品', 'ご注文', '荷物', '配達', '配送', '商品', '品物', '買い物', '前回', 'いつもの'],
  zh: ['订单', '单', '那单', '包裹', '快递', '东西', '货', '上次', '上回'],
};

/** Whether a product slot's words name only the order itself: "my order", "the package". */
const ORDER_WORD_SETS = new Map<string, Set<string>>();

export function namesOnlyTheOrder(spoken: string, lang: string): boolean {
  let order = ORDER_WORD_SETS.get(lang);
  if (!order) {
    order = new Set([...(ORDER_WORDS[lang] ?? []), ...(lang === 'en' ? ['order'] : [])].map(fold));
    ORDER_WORD_SETS.set(lang, order);
  }
  return fold(spoken).split(' ').some((w) => order.has(w)) && contentTokens(spoken, lang).every((w) => order.has(w));
}

/** "coffee and oat milk" -> ["coffee", "oat milk"]. */
export function splitItems(spoken: string, lang: string): string[] {
  const splitter = SPLITTERS[lang] ?? SPLITTERS.en;
  return spoken.split(splitter).map((s) => s.trim()).filter(Boolean);
}
