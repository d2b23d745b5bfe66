// Training phrases: a model sample such as "reorder {quantity} {item}" as Dialogflow's parts, each slot annotated
// with an example value; and the welcome intent's phrases, which the models do not have (Alexa launches by name).
import { SLOT_REFERENCE, type ModelSlot } from '../source.js';
import { entityOf } from './entities.js';
import type { AgentLanguage, UserSays, UserSaysPart } from './types.js';

/** What opens a conversation, per language: Alexa has a LaunchRequest, Dialogflow a welcome intent. */
export const WELCOME_PHRASES: Record<string, string[]> = {
  en: ['hi', 'hello', 'start', 'open {invocation}', 'talk to {invocation}', 'start {invocation}'],
  de: ['hallo', 'guten tag', 'starten', 'öffne {invocation}', 'starte {invocation}', 'mit {invocation} sprechen'],
  it: ['salve', 'buongiorno', 'inizia', 'apri {invocation}', 'avvia {invocation}', 'parla con {invocation}'],
  ja: ['こんにちは', 'はじめる', '{invocation}を開いて', '{invocation}を起動して', '{invocation}につないで'],
  'zh-cn': ['你好', '您好', '开始', '打开{invocation}', '启动{invocation}', '我要用{invocation}'],
};

/**
 * Example values put into training phrases where a sample has a number slot, written as speech
 * recognition writes them: words and digits both. The Japanese ones all take 個 and つ; the Chinese
 * ones avoid 二, which becomes 两 before a measure word.
 */
const NUMBER_EXAMPLES: Record<string, string[]> = {
  en: ['two', '3', 'four', '6'],
  de: ['zwei', '3', 'vier', '6'],
  it: ['due', '3', 'quattro', '6'],
  ja: ['三', '2', '五', '4'],
  'zh-cn': ['三', '5', '十', '4'],
};
const CODE_EXAMPLES = ['4321', '0815', '2468'];

/** The welcome phrases of a language, with its primary source's invocation name filled in. */
export function welcomePhrases(language: AgentLanguage): string[] {
  return (WELCOME_PHRASES[language.lang] ?? ['{invocation}']).map((p) => p.replace('{invocation}', language.sources[0].invocationName));
}

/** Hands out example slot values in turn, so the training phrases show many products and numbers. */
export function exampleValues(language: AgentLanguage): (type: string) => string {
  const primary = language.sources[0];
  const counters = new Map<string, number>();
  return (type) => {
    const values = type === 'AMAZON.NUMBER' ? NUMBER_EXAMPLES[language.lang] ?? ['2', '3']
      : type === 'AMAZON.FOUR_DIGIT_NUMBER' ? CODE_EXAMPLES
        : primary.types.find((t) => t.name === type)?.values.map((v) => v.name) ?? [];
    if (values.length === 0) throw new Error(`${primary.locale}: no values of slot type ${type} to use as an example`);
    const n = counters.get(type) ?? 0;
    counters.set(type, n + 1);
    return values[n % values.length];
  };
}

/** A sample such as "reorder {quantity} {item}" as training-phrase parts, slots annotated with examples. */
export function userSays(sample: string, slots: ModelSlot[], example: (type: string) => string, id: string): UserSays {
  const pieces = sample.split(SLOT_REFERENCE); // even indexes: text, odd: slot names
  const data = pieces.flatMap((piece, i): UserSaysPart[] => {
    if (i % 2 === 0) return piece ? [{ text: piece, userDefined: false }] : [];
    const slot = slots.find((s) => s.name === piece);
    if (!slot) throw new Error(`sample "${sample}" refers to undeclared slot {${piece}}`);
    return [{ text: example(slot.type), alias: slot.name, meta: entityOf(slot.type), userDefined: true }];
  });
  return { id, data, isTemplate: false, count: 0, updated: 0 };
}
