// Trains the simulator's understanding for every platform and locale the models serve, and stores each trained
// classifier under build/nlu/ with a content hash of what it was trained from (tools/sim/nlu/classifier.ts), so
// that `npm run dialog` loads it instead of training for seconds. A run that finds an artifact missing or stale
// (another model, other code) trains and replaces it itself; this only does it ahead of time.
import { servesPlatform } from '../tools/models/source.js';
import { TRAINED_DIR } from '../tools/sim/nlu/classifier.js';
import { understandingFor } from '../tools/sim/nlu/index.js';
import { modelSources } from '../tools/sim/skill-models.js';

export function compileUnderstanding(): string[] {
  const built: string[] = [];
  for (const platform of ['alexa', 'google'] as const) {
    for (const source of modelSources().filter((s) => servesPlatform(s, platform))) {
      understandingFor(platform, source.locale);
      built.push(`${platform}-${source.locale}`);
    }
  }
  return built;
}

const built = compileUnderstanding();
console.log(`understanding: ${TRAINED_DIR} (${built.join(', ')})`);
