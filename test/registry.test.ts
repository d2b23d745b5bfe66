// The router finds handlers by exact intent name: every intent a model can produce needs one, every
// handler must be reachable from a model, and every prompt key the core speaks must exist.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HANDLERS, REGISTRY } from '../lambda/core/handlers/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REQUESTS = ['LaunchRequest', 'SessionEndedRequest'];

function jsonFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
}

/** models/<locale>.json: { intents: [{ name }] }. */
function sourceIntents(file: string): string[] {
  return (readJson(file) as { intents: { name: string }[] }).intents.map((i) => i.name);
}

/** skill/interactionModels/custom/<locale>.json: { interactionModel: { languageModel: { intents } } }. */
function alexaIntents(file: string): string[] {
  return (readJson(file) as { interactionModel: { languageModel: { intents: { name: string }[] } } }).interactionModel.languageModel.intents.map((i) => i.name);
}

function tsFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Prompt keys in the core's code: every `t('…')`, and every quoted dotted key such as 'status.placed'. */
function promptKeysIn(dir: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of tsFiles(dir)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const found = [
      ...[...text.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1]),
      // Lower-case first letter: not intent names like 'AMAZON.YesIntent'; file names are left out below.
      ...[...text.matchAll(/'([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)'/g)].map((m) => m[1]),
    ];
    for (const key of found) if (!/\.(js|json|ts)$/.test(key) && !keys.has(key)) keys.set(key, relative(ROOT, join(ROOT, file)));
  }
  return keys;
}

function flatten(tree: Record<string, unknown>, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (value && typeof value === 'object') for (const inner of flatten(value as Record<string, unknown>, key)) out.add(inner);
    else out.add(key);
  }
  return out;
}

describe('intent registry', () => {
  const sources = jsonFiles('models');
  const alexaModels = jsonFiles('skill/interactionModels/custom');

  it('finds the model files to check', () => {
    expect([sources.length > 0, alexaModels.length > 0]).to.deep.equal([true, true]);
  });

  for (const file of sources) {
    it(`has a handler for every intent of ${file}`, () => {
      expect(sourceIntents(file).filter((name) => !REGISTRY.has(name))).to.deep.equal([]);
    });
  }

  for (const file of alexaModels) {
    it(`has a handler for every intent of ${file}`, () => {
      expect(alexaIntents(file).filter((name) => !REGISTRY.has(name))).to.deep.equal([]);
    });
  }

  it('has a handler for LaunchRequest and SessionEndedRequest', () => {
    expect(REQUESTS.filter((name) => !REGISTRY.has(name))).to.deep.equal([]);
  });

  it('has only handlers whose intent is in the en-US model, besides the launch and session-end requests', () => {
    const known = new Set([...sourceIntents('models/en-US.json'), ...REQUESTS]);
    expect(HANDLERS.map((h) => h.intent).filter((name) => !known.has(name))).to.deep.equal([]);
  });

  it('has one handler per intent name', () => {
    expect(REGISTRY.size).to.equal(HANDLERS.length);
  });
});

describe('prompt keys', () => {
  const used = promptKeysIn('lambda/core');
  const english = flatten(readJson('locales/en/translation.json') as Record<string, unknown>);
  /** A key used with `count` lives as key_one / key_other. */
  const exists = (key: string) => english.has(key) || english.has(`${key}_other`);

  it('finds the keys the core uses', () => {
    expect([...used.keys()]).to.include.members(['launch.welcome', 'help.reprompt', 'status.placed', 'quote']);
  });

  it('has every prompt key the core uses in locales/en/translation.json', () => {
    const missing = [...used].filter(([key]) => !exists(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).to.deep.equal([]);
  });
});
