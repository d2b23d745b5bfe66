// Does a phrase match a sample utterance of a model? What certification testers do with example phrases and with the
// phrases prompts tell shoppers to say: the words must be a sample, with slot values from the slot type (or a number
// for a number slot). Case, punctuation a written prompt adds ("where is my order?") and spacing are ignored.
import { parseQuantity } from '../../lambda/core/language/quantity.js';
import type { AlexaInteractionModel } from '../../tools/models/alexa.js';

type Model = AlexaInteractionModel['interactionModel']['languageModel'];

/** Lower case, typographic apostrophes straightened, punctuation a prompt adds dropped, spaces collapsed. */
export function normalizePhrase(text: string, unspaced = false): string {
  const plain = text.normalize('NFC').toLowerCase().replace(/[’`]/g, "'")
    .replace(/[?!,;:¿¡。、！？，「」『』“”„"«»()]/g, ' ').replace(/\.(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ').trim();
  return unspaced ? plain.replace(/\s/g, '') : plain;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words or digits a number slot may take ("three", "twenty five", "3", "三"); the core's parser then decides. */
const NUMBER = String.raw`\d+|[\p{L}]+(?: [\p{L}]+){0,2}`;
const NUMBER_UNSPACED = String.raw`[0-9０-９]+|[一二三四五六七八九十百千〇零两]+`;

/** Matches phrases against one locale's samples; `unspaced` for Japanese (no spaces between words). */
export class SampleMatcher {
  /** Each sample as a regex, with the words it must start and end with: a cheap test that rules most out. */
  private readonly patterns: { intent: string; sample: string; regex: RegExp; starts: string; ends: string }[] = [];
  private numbers = 0;
  /** A slot type's alternatives, made once: a product type has hundreds of names, and many samples use it. */
  private readonly typePatterns = new Map<string, string>();

  constructor(model: Model, private readonly unspaced: boolean, private readonly lang: string) {
    const values = new Map(model.types.map((t) => [t.name, t.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])])]));
    for (const intent of model.intents) {
      const slotTypes = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
      for (const sample of intent.samples) {
        // Even parts are words, odd ones slot names ("riordina {item}" -> ["riordina ", "item", ""]).
        const parts = sample.split(/\{(\w+)\}/);
        const source = parts
          .map((part, i) => (i % 2 === 1 ? this.slotPattern(slotTypes.get(part), values) : escape(normalizePhrase(part, unspaced))))
          .filter(Boolean).join(unspaced ? '' : ' ');
        const starts = normalizePhrase(parts[0], unspaced);
        const ends = parts.length > 1 ? normalizePhrase(parts[parts.length - 1], unspaced) : starts;
        this.patterns.push({ intent: intent.name, sample, regex: new RegExp(`^${source}$`, 'u'), starts, ends });
      }
    }
  }

  private slotPattern(type: string | undefined, values: Map<string, string[]>): string {
    // A named group, so match() can ask the core whether the words really are a number.
    if (type === 'AMAZON.NUMBER' || type === 'AMAZON.FOUR_DIGIT_NUMBER') return `(?<n${this.numbers++}>${this.unspaced ? NUMBER_UNSPACED : NUMBER})`;
    const names = (type ? values.get(type) : undefined) ?? [];
    if (names.length === 0) return '.+';
    let pattern = this.typePatterns.get(type!);
    if (pattern === undefined) {
      const alternatives = [...new Set(names.map((n) => escape(normalizePhrase(n, this.unspaced))))].sort((a, b) => b.length - a.length);
      pattern = `(?:${alternatives.join('|')})`;
      this.typePatterns.set(type!, pattern);
    }
    return pattern;
  }

  /** The intent and sample a phrase matches, or undefined. */
  match(phrase: string): { intent: string; sample: string } | undefined {
    const text = normalizePhrase(phrase, this.unspaced);
    const found = this.patterns.find((p) => {
      if (!text.startsWith(p.starts) || !text.endsWith(p.ends)) return false;
      const m = p.regex.exec(text);
      return m && Object.values(m.groups ?? {}).every((n) => n === undefined || parseQuantity(n, this.lang) !== undefined);
    });
    return found && { intent: found.intent, sample: found.sample };
  }
}

/** Quoted phrases in a prompt: "…", „…“, “…”, «…», 「…」; interpolations ({{name}}) are not phrases. */
export function quotedPhrases(text: string): string[] {
  const found = [...text.matchAll(/"([^"]+)"|„([^“”]+)[“”]|“([^”]+)”|«\s*([^»]+?)\s*»|「([^」]+)」/g)]
    .map((m) => m.slice(1).find((g) => g !== undefined) as string);
  return found.filter((p) => !p.includes('{{'));
}
