// The interaction-model rules the Alexa build service and certification apply, as ASK documents them:
// - invocation name: lower case, letters, spaces, possessive apostrophes and periods of abbreviations; two words or
//   more; none of "alexa", "amazon", "echo", "computer", "skill", "app"; no launch phrase (Choose the Invocation Name);
//   Japanese: hiragana, katakana, kanji and lower-case latin;
// - samples: "Each token must consist only of unicode characters, spaces and valid punctuation marks. Valid
//   punctuation marks are periods for abbreviations, underscores, possessive apostrophes, and hyphens" (the build
//   service's message); numbers as words; at most 200 characters; slots declared and used once per sample;
// - no sample twice, within an intent or across intents (Find Utterance Conflicts in Your Model);
// - slot types: declared, value ids unique, no synonym owned by two values, values up to 140 characters;
// - the required built-ins (Cancel, Help, Stop, NavigateHome) and the Fallback intent; built-ins take no slots.
import type { AlexaInteractionModel } from '../../tools/models/alexa.js';

export interface ModelFinding {
  where: string;
  message: string;
}

const REQUIRED_INTENTS = ['AMAZON.CancelIntent', 'AMAZON.HelpIntent', 'AMAZON.StopIntent', 'AMAZON.NavigateHomeIntent', 'AMAZON.FallbackIntent'];
const FORBIDDEN_NAME_WORDS = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'];
const LAUNCH_WORDS = ['ask', 'tell', 'open', 'launch', 'start', 'load', 'begin', 'enable', 'run', 'resume', 'play', 'use'];
const MAX_SAMPLE = 200;
const MAX_VALUE = 140;

/** Languages written without spaces between words. */
export const unspacedLocale = (locale: string) => /^(ja|zh)\b/.test(locale);

function invocationNameFindings(locale: string, name: string): ModelFinding[] {
  const where = `${locale} invocationName "${name}"`;
  const out: ModelFinding[] = [];
  if (unspacedLocale(locale)) {
    if (!/^[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー a-z.']+$/u.test(name)) out.push({ where, message: 'only hiragana, katakana, kanji and lower-case latin letters' });
    return out;
  }
  if (name !== name.toLowerCase()) out.push({ where, message: 'must be lower case' });
  if (!/^[\p{L}' .]+$/u.test(name)) out.push({ where, message: "only letters, spaces, possessive apostrophes and periods of abbreviations (numbers spelled out)" });
  const words = name.split(/\s+/);
  if (words.length < 2) out.push({ where, message: 'must have two words or more' });
  const bad = words.filter((w) => FORBIDDEN_NAME_WORDS.includes(w));
  if (bad.length) out.push({ where, message: `must not contain ${bad.join(', ')}` });
  if (LAUNCH_WORDS.includes(words[0])) out.push({ where, message: `must not start with the launch word "${words[0]}"` });
  return out;
}

/** What is wrong with one token of a sample ("{item}" tokens are slots, checked elsewhere). */
function tokenProblem(token: string): string | undefined {
  if (/^\{\w+\}$/.test(token)) return undefined;
  if (/\p{N}/u.test(token)) return 'numbers must be written as words';
  if (/[^\p{L}\p{M}._'-]/u.test(token.replace(/\{\w+\}/g, ''))) return 'only letters, periods of abbreviations, underscores, possessive apostrophes and hyphens';
  if (/^'|''/.test(token)) return 'an apostrophe must follow a letter (possessive or elision)';
  if (/\./.test(token) && !/^(\p{L}\.)+$/u.test(token)) return 'periods only in abbreviations, written "a. m."';
  return undefined;
}

export function modelFindings(locale: string, model: AlexaInteractionModel): ModelFinding[] {
  const lm = model.interactionModel.languageModel;
  const out: ModelFinding[] = [...invocationNameFindings(locale, lm.invocationName)];
  const names = new Set(lm.intents.map((i) => i.name));
  for (const required of REQUIRED_INTENTS) if (!names.has(required)) out.push({ where: locale, message: `the model lacks ${required}` });

  const types = new Set(lm.types.map((t) => t.name));
  const seen = new Map<string, string>();
  for (const intent of lm.intents) {
    const where = `${locale} ${intent.name}`;
    if (intent.name.startsWith('AMAZON.') && intent.slots?.length) out.push({ where, message: 'a built-in intent takes no slots' });
    const slots = new Set((intent.slots ?? []).map((s) => s.name));
    for (const slot of intent.slots ?? []) {
      if (!slot.type.startsWith('AMAZON.') && !types.has(slot.type)) out.push({ where, message: `slot ${slot.name} has the undeclared type ${slot.type}` });
    }
    const within = new Set<string>();
    for (const sample of intent.samples) {
      const at = `${where} "${sample}"`;
      if (sample.length > MAX_SAMPLE) out.push({ where: at, message: `longer than ${MAX_SAMPLE} characters` });
      for (const token of sample.split(/\s+/)) {
        const problem = tokenProblem(token);
        if (problem) out.push({ where: at, message: `token "${token}": ${problem}` });
      }
      const refs = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const ref of new Set(refs)) {
        if (!slots.has(ref)) out.push({ where: at, message: `{${ref}} is not a slot of ${intent.name}` });
        if (refs.filter((r) => r === ref).length > 1) out.push({ where: at, message: `{${ref}} is used twice` });
      }
      const key = sample.toLowerCase().replace(/\s+/g, ' ').trim();
      if (within.has(key)) out.push({ where: at, message: 'the same sample twice in the intent' });
      within.add(key);
      const other = seen.get(key);
      if (other && other !== intent.name) out.push({ where: at, message: `also a sample of ${other}: an utterance conflict` });
      seen.set(key, intent.name);
    }
  }

  for (const type of lm.types) {
    const where = `${locale} slot type ${type.name}`;
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    for (const value of type.values) {
      if (ids.has(value.id)) out.push({ where, message: `value id ${value.id} twice` });
      ids.add(value.id);
      for (const word of [value.name.value, ...(value.name.synonyms ?? [])]) {
        if (word.length > MAX_VALUE) out.push({ where, message: `"${word}" is longer than ${MAX_VALUE} characters` });
        const key = word.toLowerCase();
        const prior = owner.get(key);
        if (prior && prior !== value.id) out.push({ where, message: `"${word}" belongs to both ${prior} and ${value.id}` });
        owner.set(key, value.id);
      }
    }
  }
  return out;
}
