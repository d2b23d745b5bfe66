// The router finds handlers by exact name: every catalogued intent and request has exactly one handler (the
// registry's type checks that), every model intent is catalogued (test/models), and every prompt key the core
// speaks exists.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { handlerFor, REGISTRY } from '../lambda/core/handlers/index.js';
import { HANDLER_NAMES } from '../lambda/core/intents/catalog.js';
import { ROOT_DIR as ROOT } from '../tools/models/paths.js';
import { handlerFileName, REGISTRY_FILE, renderRegistry } from '../tools/models/registry.js';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
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
  it('has one handler for each catalogued name, answering that name', () => {
    expect(Object.keys(REGISTRY)).to.have.members(HANDLER_NAMES);
    expect(HANDLER_NAMES.filter((name) => REGISTRY[name].intent !== name)).to.deep.equal([]);
  });

  it('has a different handler object for every name', () => {
    expect(new Set(Object.values(REGISTRY)).size).to.equal(HANDLER_NAMES.length);
  });

  it('finds no handler for a name outside the catalogue', () => {
    expect([handlerFor('WeatherIntent'), handlerFor('toString'), handlerFor('__proto__')]).to.deep.equal([undefined, undefined, undefined]);
  });
});

describe('generated registry', () => {
  it('is what `npm run models` writes from the catalogue and the handler files today', () => {
    expect(readFileSync(REGISTRY_FILE, 'utf8')).to.equal(renderRegistry());
  });

  it('names each handler file after its intent', () => {
    expect(['AMAZON.YesIntent', 'LastPriceIntent', 'SessionEndedRequest', 'AMAZON.NavigateHomeIntent', 'ReturnIntent'].map(handlerFileName))
      .to.deep.equal(['yes', 'last-price', 'session-ended', 'navigate-home', 'return']);
  });

  it('says which file to create when a catalogued name has no handler file', () => {
    const empty = mkdtempSync(join(tmpdir(), 'handlers-'));
    try {
      expect(() => renderRegistry(empty)).to.throw(/create lambda\/core\/handlers\/reorder\.ts/);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });

  it('refuses a handler file that does not export exactly one IntentHandler', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    try {
      for (const name of Object.keys(REGISTRY)) writeFileSync(join(dir, `${handlerFileName(name)}.ts`), `export const h${handlerFileName(name).replace(/-/g, '')}: IntentHandler = x;\n`);
      writeFileSync(join(dir, 'yes.ts'), 'export const a: IntentHandler = x;\nexport const b: IntentHandler = y;\n');
      expect(() => renderRegistry(dir)).to.throw(/yes\.ts must export exactly one/);
    } finally {
      rmSync(dir, { recursive: true });
    }
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
