// The classifier's training sentences, kept beside its weights in build/nlu/ (`npm run build` writes them, as
// scripts/compile-understanding.ts does the weights), so that a start reads them instead of working them out
// again: typing a sample (finding the product names and numbers it spells out) is most of what building an
// understanding costs. Keyed by a hash of what they are made from: the training model (read from the models
// at each start), the code that types them (this folder and the core's language code it calls, lambda/core) and the
// stemmer's version. Any change gives another key, so a stale file is never used: it is worked out and replaced.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRAINED_DIR } from './classifier.js';
import type { TrainingModel } from './training.js';

export interface Sentence {
  intent: string;
  tokens: string[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
/** The code the sentences depend on: this folder, and the core (its language matching and number words). */
const CODE = [HERE, join(ROOT, 'lambda', 'core')];

let codeHash: string | undefined;

function hashCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(path.slice(ROOT.length)).update(readFileSync(path));
    }
  };
  CODE.forEach(walk);
  try {
    hash.update(readFileSync(join(ROOT, 'node_modules', 'snowball-stemmers', 'package.json')));
  } catch {
    hash.update('no stemmer version');
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

function path(name: string): string {
  return join(TRAINED_DIR, `${name.replace(/[^\w.-]/g, '_')}.sentences.json`);
}

/** The sentences for this model: from build/nlu when made from exactly this model and code, else `work()`'s. */
export function prebuiltSentences(model: TrainingModel, work: () => Sentence[]): Sentence[] {
  if (!model.cacheName) return work();
  const key = createHash('sha256').update(hashCode()).update(JSON.stringify(model)).digest('hex');
  const file = path(model.cacheName);
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { key: string; sentences: Sentence[] };
    if (saved.key === key) return saved.sentences;
  } catch {
    // None yet, or unreadable: worked out below.
  }
  const sentences = work();
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Written whole, then renamed: a reader never sees half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ key, sentences }));
    renameSync(partial, file);
  } catch {
    // A read-only checkout still understands; it works them out again next time.
  }
  return sentences;
}
