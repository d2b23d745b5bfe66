// The agent's intents: the welcome intent, one per catalogued model intent (the fallback as Dialogflow's own),
// their parameters and training phrases, and the yes/no follow-ups of those whose reply can end on a question.
import { translator } from '../../../lambda/core/i18n.js';
import { FALLBACK_INTENT, INTENTS, isIntentName } from '../../../lambda/core/intents/catalog.js';
import { ssmlToText } from '../../../lambda/core/ssml.js';
import { DIALOGFLOW_WELCOME_INTENT, dialogflowIntentName } from '../../../lambda/google/dialogflow-names.js';
import type { ModelSlot } from '../source.js';
import { entityOf } from './entities.js';
import { addFollowups } from './followups.js';
import { stableId } from './ids.js';
import { intentFile } from './intent-file.js';
import { samplesOf } from './languages.js';
import { exampleValues, userSays, welcomePhrases } from './phrases.js';
import type { AgentFiles, AgentLanguage, AgentMessage, AgentParameter } from './types.js';

/** Adds `intents/<name>_usersays_<lang>.json` for each language that has phrases for the intent. */
export type AddUserSays = (name: string, samples: (language: AgentLanguage) => string[], slots?: ModelSlot[]) => void;

function parameterOf(intentName: string, slot: ModelSlot): AgentParameter {
  return {
    id: stableId('parameter', intentName, slot.name),
    name: slot.name,
    // The core asks for what is missing (and may not need it: "reorder" alone reorders everything).
    required: false,
    dataType: entityOf(slot.type),
    value: `$${slot.name}`,
    defaultValue: '',
    isList: false,
    prompts: [],
    promptMessages: [],
    noMatchPromptMessages: [],
    noInputPromptMessages: [],
    outputDialogContexts: [],
  };
}

/**
 * The text Dialogflow says itself when the webhook fails or takes longer than its 5 seconds, one per language (from
 * locales/: `error.slow`), so a slow webhook is never silence.
 */
export function fallbackMessages(languages: AgentLanguage[]): AgentMessage[] {
  return languages.map(({ lang, sources }) => ({ type: 0, lang, condition: '', speech: [ssmlToText(translator(sources[0].locale)('error.slow'))] }));
}

/** intents/*.json: the intent files and their training phrases per language. */
export function intentFiles(languages: AgentLanguage[]): AgentFiles {
  const files: AgentFiles = {};
  const messages = fallbackMessages(languages);
  const reference = languages[0].sources[0];
  const examples = new Map(languages.map((l) => [l.lang, exampleValues(l)]));
  const addUserSays: AddUserSays = (name, samples, slots = []) => {
    for (const language of languages) {
      const phrases = samples(language);
      if (phrases.length === 0) continue;
      const example = examples.get(language.lang)!;
      files[`intents/${name}_usersays_${language.lang}.json`] = phrases.map((p) => userSays(p, slots, example, stableId('usersays', name, language.lang, p)));
    }
  };

  files[`intents/${DIALOGFLOW_WELCOME_INTENT}.json`] = intentFile(DIALOGFLOW_WELCOME_INTENT, {
    action: 'input.welcome',
    messages,
    // GOOGLE_ASSISTANT_WELCOME is what the Assistant sent; WELCOME is every other channel's.
    events: [{ name: 'WELCOME' }, { name: 'GOOGLE_ASSISTANT_WELCOME' }],
  });
  addUserSays(DIALOGFLOW_WELCOME_INTENT, welcomePhrases);

  for (const intent of reference.intents) {
    for (const language of languages) {
      if (!language.sources.every((s) => s.intents.some((i) => i.name === intent.name))) {
        throw new Error(`${language.lang}: a model lacks intent ${intent.name}, which ${reference.locale} has`);
      }
    }
    const name = dialogflowIntentName(intent.name);
    const slots = intent.slots ?? [];
    const isFallback = intent.name === FALLBACK_INTENT;
    const file = intentFile(name, {
      action: isFallback ? 'input.unknown' : intent.name,
      messages,
      parameters: slots.map((slot) => parameterOf(name, slot)),
      fallbackIntent: isFallback,
    });
    files[`intents/${name}.json`] = file;
    // The fallback intent's phrases are Dialogflow's negative examples: what the agent must not take for a request.
    addUserSays(name, (l) => samplesOf(l, intent.name), slots);
    const asksYesNo = isIntentName(intent.name) && (INTENTS[intent.name] as { asksYesNo?: boolean }).asksYesNo === true;
    if (asksYesNo) addFollowups(files, file, reference.intents, addUserSays, messages);
  }
  return files;
}
