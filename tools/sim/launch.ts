// Launch phrases, read the way a device reads them: "open X", "ask X to …", "tell X …" and each locale's own
// forms ("öffne X", "frag X nach …", "apri X", "chiedi a X di …", "Xを開いて", "Xで…", "打开X", "让X…").
// X must be the skill's invocation name, matched loosely (case, spaces, punctuation, a small slip, a leading
// part of a several-word name); "tell me where my order is" is therefore not a launch. The understanding
// never sees a launch phrase: a one-shot request hands it only what follows the invocation name.
import { distance } from 'fastest-levenshtein';

export type Launch = { kind: 'open' } | { kind: 'oneShot'; rest: string };

/**
 * One way of launching: `lead` comes before the name (anchored at the start), `tail` after it (anchored at the
 * end of what follows the name). A tail with a `rest` group is a one-shot request; one without opens the skill.
 */
interface Form {
  lead: RegExp;
  tail: RegExp;
}

/** A name then nothing (trailing "please" and punctuation are tidied away before matching). */
const END = /^$/u;
/** Separators a typed sentence may put between the name and the request. */
const SEP = String.raw`[\s,，、:：;；.。!！?？-]*`;

/** After the name: a connecting word ("to", "nach", "di"), optional when `optional`, then the request. */
function tail(connectors: string, optional = false): RegExp {
  const connector = `(?:(?:${connectors})(?![\\p{L}\\p{N}]))${optional ? '?' : ''}`;
  return new RegExp(`^${SEP}${connector}${SEP}(?<rest>\\S.*)$`, 'isu');
}
function lead(words: string): RegExp {
  return new RegExp(`^(?:${words})\\s+`, 'iu');
}

const EN: Form[] = [
  { lead: lead('open|launch|start|begin|load|run|use|play|resume'), tail: END },
  { lead: lead('open|launch|start|begin|use|load'), tail: tail('and then|and|to') },
  { lead: lead('talk to|speak to|talk with|speak with'), tail: END },
  { lead: lead('talk to|speak to'), tail: tail('about|and') },
  { lead: lead('ask'), tail: END },
  { lead: lead('ask'), tail: tail('to|for|about|if|whether', true) },
  { lead: lead('tell'), tail: END },
  { lead: lead('tell'), tail: tail('to|that', true) },
  { lead: lead('have'), tail: tail('to', true) },
];

const DE: Form[] = [
  { lead: lead('öffne|öffnen|oeffne|starte|starten|start|lade|aktiviere|benutze|nutze|spiele'), tail: END },
  { lead: lead('öffne|oeffne|starte|start|benutze|nutze'), tail: tail('und|um') },
  { lead: lead('sprich mit|rede mit'), tail: END },
  { lead: /^mit\s+/iu, tail: /^\s+(?:sprechen|reden)$/iu },
  { lead: lead('frag|frage|fragt'), tail: END },
  { lead: lead('frag|frage|fragt'), tail: tail('nach|ob', true) },
  { lead: lead('sag|sage|sagt'), tail: tail('dass', true) },
  { lead: lead('bitte'), tail: tail('um', true) },
];

const IT: Form[] = [
  { lead: lead('apri|avvia|lancia|inizia|usa|attiva'), tail: END },
  { lead: lead('apri|avvia|usa'), tail: tail('e|per') },
  { lead: lead('parla con|parlare con'), tail: END },
  { lead: lead('chiedi a|chiedi ad|domanda a|chiedi'), tail: END },
  { lead: lead('chiedi a|chiedi ad|domanda a|chiedi'), tail: tail('di|se', true) },
  { lead: /^(?:di'|di’|dì|di|dici)\s+a\s+/iu, tail: END },
  { lead: /^(?:di'|di’|dì|di|dici)\s+a\s+/iu, tail: tail('di|che', true) },
];

const JA: Form[] = [
  { lead: /^/u, tail: /^\s*(?:を|お)?\s*(?:開いて|ひらいて|開く|開け|起動して|起動|起動する|開始して|始めて|はじめて|呼んで|につないで|に繋いで)(?:ください|下さい)?$/u },
  { lead: /^/u, tail: /^\s*(?:を|お)?\s*(?:開いて|ひらいて|起動して)[\s,，、]*(?<rest>\S.*)$/su },
  { lead: /^/u, tail: /^\s*(?:で|を使って|をつかって)\s*(?<rest>\S.*)$/su },
  { lead: /^/u, tail: /^\s*に\s*(?<rest>\S.*?)\s*(?:と|って)?\s*(?:聞いて|きいて|頼んで|たのんで|伝えて|言って)(?:ください|下さい)?$/su },
];

const ZH: Form[] = [
  { lead: /^\s*(?:打开|打開|启动|啟動|开启|開啟|运行|我要用|使用|用)\s*/u, tail: END },
  { lead: /^\s*(?:打开|打開|启动|啟動|开启|開啟)\s*/u, tail: /^[\s,，、]*(?:然后|并且|并|来|帮我|给我)?\s*(?<rest>\S.*)$/su },
  { lead: /^\s*(?:让|讓|叫|请|請|问|問|用|使用|跟|和)\s*/u, tail: /^[\s,，、]*(?:帮我|幫我|给我|來|来|去)?\s*(?<rest>\S.*)$/su },
];

const FORMS: Record<string, Form[]> = { en: EN, de: DE, it: IT, ja: JA, zh: ZH };

/** What a shopper may say before the launch phrase: the wake word, typed as people type it. */
const WAKE = /^(?:alexa|amazon|echo|computer|ok(?:ay)?\s+google|hey\s+google|hi\s+google|アレクサ|ねえ\s*グーグル|オーケー\s*グーグル|ok\s*グーグル)[\s,，、:.!！。]*/iu;
const TRAILING = /[\s.!?。！？…]+$/u;
const POLITE_END = /[\s,，]+(?:please|bitte|per favore|per piacere)$/iu;

/** Languages written without spaces between words: the name is found at any character, not only at a word's edge. */
export function unspaced(locale: string): boolean {
  return ['ja', 'zh'].includes(languageOf(locale));
}

function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0];
}

/** The name as compared: lower case, letters and digits only (no spaces, apostrophes or full stops). */
function compact(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Slips allowed in a name of this many characters: none in a short one, more in a longer one. */
function slipsAllowed(length: number): number {
  if (length >= 10) return 2;
  if (length >= 4) return 1;
  return 0;
}

interface NameMatcher {
  /** How far the candidate is from the name: 0 exact, larger worse, undefined when it is not the name. */
  score(candidate: string): number | undefined;
  /** Longest candidate (compacted) that could still match: the search stops there. */
  maxLength: number;
}

function nameMatcher(invocationName: string): NameMatcher {
  const full = compact(invocationName);
  const words = invocationName.trim().split(/\s+/).map(compact).filter(Boolean);
  // "northwind" for "northwind market": a leading part of a several-word name, when it is most of it.
  const prefixes: string[] = [];
  for (let n = words.length - 1; n >= 1; n -= 1) {
    const prefix = words.slice(0, n).join('');
    if (prefix.length * 2 >= full.length && prefix.length >= 5) prefixes.push(prefix);
  }
  const allowed = slipsAllowed(full.length);
  return {
    maxLength: full.length + allowed,
    score(candidate) {
      const c = compact(candidate);
      if (!c) return undefined;
      if (Math.abs(c.length - full.length) <= allowed) {
        const d = distance(c, full);
        if (d <= allowed) return d;
      }
      if (prefixes.includes(c)) return 1.5;
      return undefined;
    },
  };
}

/** Where the name may end in `text`: every word's end, or every character in a language without spaces. */
function nameEnds(text: string, everyCharacter: boolean, maxLength: number): number[] {
  const ends: number[] = [];
  let letters = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (/[\p{L}\p{N}]/u.test(ch)) letters += 1;
    if (letters > maxLength) break;
    const next = text[i + 1];
    const atEdge = next === undefined || /[\s,，、:：;；.。!！?？]/u.test(next);
    // Never split a surrogate pair.
    const midPair = ch >= '\uD800' && ch <= '\uDBFF';
    if ((everyCharacter && !midPair) || atEdge) ends.push(i + 1);
  }
  return ends;
}

/**
 * Reads `input` as a launch phrase of the skill named `invocationName` in `locale`: `{kind:'open'}` for
 * "open X", `{kind:'oneShot', rest}` for "ask X to <rest>", undefined when it is not a launch of this skill.
 */
export function parseLaunch(input: string, locale: string, invocationName: string): Launch | undefined {
  const forms = FORMS[languageOf(locale)] ?? EN;
  const text = input.normalize('NFC').replace(WAKE, '').replace(TRAILING, '').replace(POLITE_END, '').trim();
  if (!text) return undefined;
  const matcher = nameMatcher(invocationName);
  const everyCharacter = unspaced(locale);
  let best: { score: number; length: number; launch: Launch } | undefined;
  for (const form of forms) {
    const opening = form.lead.exec(text);
    if (!opening) continue;
    const after = text.slice(opening[0].length);
    for (const end of nameEnds(after, everyCharacter, matcher.maxLength)) {
      const score = matcher.score(after.slice(0, end));
      if (score === undefined) continue;
      const closing = form.tail.exec(after.slice(end));
      if (!closing) continue;
      const rest = closing.groups?.rest?.trim();
      const launch: Launch = rest ? { kind: 'oneShot', rest } : { kind: 'open' };
      // The closest name wins; between equals, the longer name (less left to the request).
      if (!best || score < best.score || (score === best.score && end > best.length)) best = { score, length: end, launch };
    }
  }
  return best?.launch;
}

const OPEN_PHRASES: Record<string, (name: string) => string> = {
  en: (name) => `open ${name}`,
  de: (name) => `öffne ${name}`,
  it: (name) => `apri ${name}`,
  ja: (name) => `${name}を開いて`,
  zh: (name) => `打开${name}`,
};

/** How a shopper of `locale` opens the skill, for hints: "öffne northwind market", "ノースウィンドマーケットを開いて". */
export function openPhrase(locale: string, invocationName: string): string {
  return (OPEN_PHRASES[languageOf(locale)] ?? OPEN_PHRASES.en)(invocationName);
}
