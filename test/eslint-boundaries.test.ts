// The architecture's boundaries are lint rules (eslint.config.js). These cases lint small in-memory sources
// under the real config, so a rule that stops matching (a renamed folder, a rewritten pattern) fails here
// rather than silently letting the imports back in.
import { expect } from 'chai';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: ROOT });

/** The restricted-import messages ESLint gives `source` as if it were the file at `path`. */
async function restricted(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [x];\n`, { filePath: join(ROOT, path) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: the architecture boundaries', () => {
  describe('the core knows the shop and the store by their ports only', () => {
    for (const [what, source] of [
      ['the embedded shop', "import { EmbeddedCommerce as x } from '../commerce/embedded.js';"],
      ['the Vendure shop', "import { VendureCommerce as x } from '../../commerce/vendure/connector.js';"],
      ['the SQLite store', "import { SqliteStore as x } from '../store/sqlite.js';"],
      ['the DynamoDB store', "import { DynamoDbStore as x } from '../store/dynamodb.js';"],
      ['a DynamoDB store part', "import { x } from '../store/dynamodb/outbox.js';"],
      ['the Alexa adapter', "import { buildAlexaSkill as x } from '../alexa/skill.js';"],
      ['the Dialogflow adapter', "import { createGoogleFulfillment as x } from '../google/fulfillment.js';"],
      ['the HTTP server', "import { createApp as x } from '../server/app.js';"],
      ['a mail transport', "import { transportFor as x } from '../mail/transport.js';"],
      ['the composition root', "import { createRuntime as x } from '../runtime.js';"],
      ['a platform SDK', "import x from 'ask-sdk-core';"],
    ]) {
      it(`refuses ${what} in lambda/core`, async () => {
        expect(await restricted('lambda/core/handlers/example.ts', source)).to.have.length(1);
      });
    }

    it('lets the core import the ports and its own modules', async () => {
      expect(await restricted('lambda/core/handlers/example.ts', [
        "import type { Commerce } from '../../commerce/port.js';",
        "import type { ConversationStore } from '../../store/port.js';",
        "import type { Order } from '../../store/types.js';",
        "import { totals } from '../cart.js';",
        'const x: [Commerce?, ConversationStore?, Order?, typeof totals?] = [];',
      ].join('\n'))).to.deep.equal([]);
    });

    it('lets a composition root import implementations', async () => {
      expect(await restricted('lambda/example-root.ts', "import { EmbeddedCommerce as x } from './commerce/embedded.js';")).to.deep.equal([]);
    });
  });

  describe('lambda/ holds only what runs in production', () => {
    for (const [from, source] of [
      ['lambda/runtime-example.ts', "import { x } from '../scripts/compile-agent.js';"],
      ['lambda/server/example.ts', "import { x } from '../../tools/sim/session.js';"],
      ['lambda/store/example.ts', "import { x } from '../../bench/workload.js';"],
      ['lambda/core/example.ts', "import { x } from '../../test/support/scenario.js';"],
    ] as const) {
      it(`refuses ${source.split("'")[1]} in ${from}`, async () => {
        expect(await restricted(from, source)).to.have.length(1);
      });
    }

    it('lets developer tools import the runtime', async () => {
      expect(await restricted('tools/sim/example.ts', "import { createConversation as x } from '../../lambda/core/conversation.js';")).to.deep.equal([]);
    });
  });
});
