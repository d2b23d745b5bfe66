// Scoring: each labelled utterance through one understanding, compared with its label (SCORING_RULE).
import { PLATFORMS, servesPlatform, type ModelSource, type Platform } from '../models/source.js';
import type { LanguageUnderstanding, SlotFill, Understanding } from '../sim/nlu/types.js';
import { canonical } from './normalize.js';
import { PRODUCT_ID, type LabelledSet } from './sets.js';

/** Scoring rule, printed at the head of the report so the figures can be read without the code. */
export const SCORING_RULE = [
  'intent accuracy: share of utterances whose understood intent is the labelled one.',
  'slot accuracy: right / scored. Scored: every labelled slot, plus every slot the understanding filled',
  '  that the label does not name when the intent is right (an unexpected slot counts as one wrong slot).',
  '  A slot labelled with a product id is right when it resolved to that product (to its id, or on',
  '  Dialogflow to one of its names, the entity\'s reference value); any other label is right',
  '  when the slot\'s normalized value or its words equal it (trimmed, casefolded, punctuation and a',
  '  leading article ignored).',
].join('\n');

/**
 * Every name a custom-type value goes by in the models of a locale's language, by id: Dialogflow's entity
 * resolution answers with the entity's reference value (a name, and for "en" the en-US one) where Alexa
 * answers with the id.
 */
export type ProductNames = Map<string, Set<string>>;

export function productNames(models: ModelSource[], locale: string): ProductNames {
  const names: ProductNames = new Map();
  for (const model of models.filter((m) => m.locale.slice(0, 2) === locale.slice(0, 2))) {
    for (const value of model.types.flatMap((t) => t.values)) {
      const set = names.get(value.id) ?? new Set<string>();
      for (const name of [value.name, ...(value.synonyms ?? [])]) set.add(canonical(name, locale));
      names.set(value.id, set);
    }
  }
  return names;
}

/** Whether a filled slot is the labelled value (see SCORING_RULE). */
export function slotMatches(expected: string, got: SlotFill | undefined, locale: string, names?: ProductNames): boolean {
  if (!got) return false;
  if (PRODUCT_ID.test(expected)) {
    if (!got.resolved) return false;
    if (got.resolved.id === expected) return true;
    const known = names?.get(expected);
    return !!known && (known.has(canonical(got.resolved.id, locale)) || known.has(canonical(got.resolved.name, locale)));
  }
  const want = canonical(expected, locale);
  return [got.normalized, got.value].some((v) => v !== undefined && canonical(v, locale) === want);
}

export interface IntentMiss { text: string; expected: string; got: string; confidence: number }
export interface SlotMiss { text: string; slot: string; expected: string | null; got: string | null }

export interface Report {
  set: string;
  locale: string;
  platform: Platform;
  utterances: number;
  intentsRight: number;
  intentAccuracy: number;
  slotsScored: number;
  slotsRight: number;
  /** null when no slot was scored. */
  slotAccuracy: number | null;
  intentMisses: IntentMiss[];
  slotMisses: SlotMiss[];
}

function describeFill(fill: SlotFill): string {
  const parts = [`"${fill.value}"`];
  if (fill.normalized !== undefined) parts.push(`normalized ${fill.normalized}`);
  parts.push(fill.resolved ? `resolved ${fill.resolved.id}` : 'unresolved');
  return parts.join(', ');
}

const percent = (right: number, total: number): number => (total === 0 ? 0 : Math.round((right / total) * 1000) / 10);

/** Runs every labelled utterance of a set through one understanding and scores it. */
export function evaluate(
  set: LabelledSet, understanding: LanguageUnderstanding, platform: Platform, names?: ProductNames,
): Report {
  let intentsRight = 0;
  let slotsScored = 0;
  let slotsRight = 0;
  const intentMisses: IntentMiss[] = [];
  const slotMisses: SlotMiss[] = [];
  for (const u of set.utterances) {
    let got: Understanding;
    try {
      got = understanding.understand(u.text);
    } catch (err) {
      got = { intent: `(threw: ${(err as Error).message})`, slots: {}, confidence: 0 };
    }
    const intentRight = got.intent === u.intent;
    if (intentRight) intentsRight++;
    else intentMisses.push({ text: u.text, expected: u.intent, got: got.intent, confidence: got.confidence });
    for (const [slot, expected] of Object.entries(u.slots)) {
      slotsScored++;
      const fill = got.slots[slot];
      if (slotMatches(expected, fill, set.locale, names)) slotsRight++;
      else slotMisses.push({ text: u.text, slot, expected, got: fill ? describeFill(fill) : null });
    }
    if (intentRight) {
      for (const [slot, fill] of Object.entries(got.slots)) {
        if (slot in u.slots) continue;
        slotsScored++;
        slotMisses.push({ text: u.text, slot, expected: null, got: describeFill(fill) });
      }
    }
  }
  return {
    set: set.name,
    locale: set.locale,
    platform,
    utterances: set.utterances.length,
    intentsRight,
    intentAccuracy: percent(intentsRight, set.utterances.length),
    slotsScored,
    slotsRight,
    slotAccuracy: slotsScored === 0 ? null : percent(slotsRight, slotsScored),
    intentMisses,
    slotMisses,
  };
}

export type UnderstandingFor = (platform: Platform, locale: string) => LanguageUnderstanding;

/** The simulator's understanding, loaded on demand so the labelled data can be checked without it. */
export async function loadUnderstandingFor(): Promise<UnderstandingFor> {
  const nlu = await import('../sim/nlu/index.js');
  return nlu.understandingFor;
}

/** The (locale, platform) pairs the report covers: each labelled locale on every platform serving it. */
export function pairs(models: ModelSource[], sets: LabelledSet[], platform?: Platform): [LabelledSet, ModelSource, Platform][] {
  const out: [LabelledSet, ModelSource, Platform][] = [];
  for (const p of platform ? [platform] : PLATFORMS) {
    for (const set of sets) {
      const model = models.find((m) => m.locale === set.locale);
      if (model && servesPlatform(model, p)) out.push([set, model, p]);
    }
  }
  return out;
}
