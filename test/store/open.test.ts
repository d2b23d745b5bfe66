// Choosing and preparing the store from the environment (contracts/configuration.md): SQLite by default,
// DynamoDB with SKILL_STORE=dynamodb, a table created and seeded on an empty endpoint, a seed only for an empty store.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { expect } from 'chai';
import { ConfigError, openStore, storeConfigFromEnv } from '../../lambda/store/open.js';
import { SeedError } from '../../lambda/store/seed.js';
import { localDynamoClient, localDynamoEndpoint } from '../support/local-dynamodb.js';
import { aCustomer, aSeed } from '../support/seed.js';

const dir = mkdtempSync(join(tmpdir(), 'open-store-'));
let files = 0;

function seedFile(data: unknown): string {
  const file = join(dir, `seed-${++files}.json`);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

let tables = 0;
const newTableName = () => `open-test-${process.pid}-${++tables}`;

async function tableExists(name: string): Promise<boolean> {
  try {
    await (await localDynamoClient()).send(new DescribeTableCommand({ TableName: name }));
    return true;
  } catch (err) {
    if ((err as Error).name === 'ResourceNotFoundException') return false;
    throw err;
  }
}

describe('opening the store from the environment', () => {
  describe('storeConfigFromEnv', () => {
    it('chooses SQLite when nothing is set', () => {
      expect(storeConfigFromEnv({})).to.include({ store: 'sqlite', dbFile: 'data/skill.db' });
    });

    it('chooses DynamoDB with its table, endpoint and region', () => {
      const config = storeConfigFromEnv({
        SKILL_STORE: 'dynamodb', SKILL_DYNAMODB_TABLE: 'shop', SKILL_DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', AWS_REGION: 'eu-west-1',
      });
      expect(config).to.include({ store: 'dynamodb', table: 'shop', endpoint: 'http://127.0.0.1:8000', region: 'eu-west-1' });
    });

    it('defaults the DynamoDB table to voice-commerce in us-east-1 on AWS itself', () => {
      expect(storeConfigFromEnv({ SKILL_STORE: 'dynamodb' })).to.deep.include({ table: 'voice-commerce', region: 'us-east-1', endpoint: undefined });
    });

    it('chooses DynamoDB on AWS Lambda when nothing is set, and refuses SQLite there with the reason', () => {
      expect(storeConfigFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'skill' })).to.include({ store: 'dynamodb' });
      expect(() => storeConfigFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'skill', SKILL_STORE: 'sqlite' }))
        .to.throw(ConfigError, /SKILL_STORE=sqlite is not supported on AWS Lambda.*use SKILL_STORE=dynamodb/);
    });

    it('refuses a store it does not know, naming the choices', () => {
      expect(() => storeConfigFromEnv({ SKILL_STORE: 'mongo' })).to.throw(ConfigError, /sqlite or dynamodb/);
    });
  });

  describe('DynamoDB on an empty local endpoint', () => {
    it('creates the table and seeds it from SKILL_SEED_FILE with nothing but the environment', async () => {
      const jonas = aCustomer({ name: 'Jonas' });
      const table = newTableName();
      const config = storeConfigFromEnv({
        SKILL_STORE: 'dynamodb', SKILL_DYNAMODB_TABLE: table, SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint(), SKILL_SEED_FILE: seedFile(aSeed([jonas])),
      });
      const store = await openStore(config);
      expect((await store.findCustomer({ accessToken: jonas.accessToken, platform: 'alexa' }))?.name).to.equal('Jonas');
      await store.close();
    });

    it('seeds only an empty table: a second start leaves what shoppers changed', async () => {
      const c = aCustomer({ voiceCode: '1234' });
      const env = { SKILL_STORE: 'dynamodb', SKILL_DYNAMODB_TABLE: newTableName(), SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint(), SKILL_SEED_FILE: seedFile(aSeed([c])) };
      const first = await openStore(storeConfigFromEnv(env));
      await first.cancelOrder(c.orders[0].id);
      await first.recordVoiceCodeFailure(c.id, new Date(), 3, 'r1');
      await first.close();
      const other = aCustomer();
      const second = await openStore(storeConfigFromEnv({ ...env, SKILL_SEED_FILE: seedFile(aSeed([other])) }));
      expect((await second.voiceCodeState(c.id)).failures).to.equal(1);
      expect(await second.findCustomer({ accessToken: other.accessToken, platform: 'alexa' })).to.equal(undefined);
      await second.close();
    });

    it('loads the shipped demo seed when no seed file is named', async () => {
      const store = await openStore(storeConfigFromEnv({ SKILL_STORE: 'dynamodb', SKILL_DYNAMODB_TABLE: newTableName(), SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint() }));
      expect((await store.findCustomer({ accessToken: 'token-de-1', platform: 'alexa' }))?.locale).to.equal('de-DE');
      await store.close();
    });

    it('leaves an empty table empty with SKILL_DEMO_SEED=off', async () => {
      const store = await openStore(storeConfigFromEnv({
        SKILL_STORE: 'dynamodb', SKILL_DYNAMODB_TABLE: newTableName(), SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint(), SKILL_DEMO_SEED: 'off',
      }));
      expect(await store.findCustomer({ accessToken: 'token-de-1', platform: 'alexa' })).to.equal(undefined);
      await store.close();
    });

    it('creates no table when the seed file breaks the format, and names the field', async () => {
      const table = newTableName();
      const broken = aSeed([aCustomer({ currency: 'euro' })]);
      let error: unknown;
      try {
        await openStore(storeConfigFromEnv({ SKILL_STORE: 'dynamodb', SKILL_DYNAMODB_TABLE: table, SKILL_DYNAMODB_ENDPOINT: await localDynamoEndpoint(), SKILL_SEED_FILE: seedFile(broken) }));
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(SeedError);
      expect((error as Error).message).to.include('customers[0].currency');
      expect(await tableExists(table)).to.equal(false);
    });
  });
});
