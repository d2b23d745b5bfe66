// The one table of the DynamoDB store. This definition is the source for the table the store creates on a
// local endpoint and must match infrastructure/cfn-deployer/skill-stack.yaml (a test compares them).
import {
  CreateTableCommand, DescribeTableCommand, UpdateTimeToLiveCommand, type CreateTableCommandInput, type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

/** Epoch seconds after which DynamoDB deletes the item (pending carts, confirmation receipts, transcripts). */
export const TTL_ATTRIBUTE = 'expiresAt';

/** Shopper lookup: the profile item carries `token#<accessToken>`, each platform-user item `<platform>#<userId>`. */
export const IDENTITY_INDEX = 'byIdentity';
export const IDENTITY_ATTRIBUTE = 'identity';

export const TABLE_SCHEMA: Readonly<Omit<CreateTableCommandInput, 'TableName'>> = {
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
    { AttributeName: IDENTITY_ATTRIBUTE, AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: [
    {
      IndexName: IDENTITY_INDEX,
      KeySchema: [{ AttributeName: IDENTITY_ATTRIBUTE, KeyType: 'HASH' }],
      // The identity items carry the whole profile, so finding a shopper is one query.
      Projection: { ProjectionType: 'ALL' },
    },
  ],
};

function isNamed(err: unknown, ...names: string[]): boolean {
  return err instanceof Error && names.includes(err.name);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates the table if it is missing and waits until it and its index can be used. Only for local endpoints
 * and first runs: the deployed stack creates the table, and the Lambda's role may not create tables. */
export async function createTableIfMissing(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand({
      TableName: tableName,
      ...structuredClone(TABLE_SCHEMA),
    }));
  } catch (err) {
    // Another process created it first: wait for it like our own.
    if (!isNamed(err, 'ResourceInUseException')) throw err;
  }
  await waitUntilActive(client, tableName);
  try {
    await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } }));
  } catch (err) {
    // Local DynamoDB-compatible servers may not implement TTL (dynalite does not); expiry is housekeeping, not logic.
    if (!isNamed(err, 'UnknownOperationException', 'ValidationException', 'UnrecognizedClientException')) throw err;
  }
}

async function waitUntilActive(client: DynamoDBClient, tableName: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 20; ; delay = Math.min(delay * 2, 2000)) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const ready = Table?.TableStatus === 'ACTIVE' && (Table.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === 'ACTIVE');
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`table ${tableName} did not become active within ${timeoutMs / 1000} s`);
    await sleep(delay);
  }
}

export { isNamed };
