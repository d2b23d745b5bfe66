// A DynamoDB-compatible server for the tests: dynalite, in memory, on loopback at a random port, started on
// first use and stopped by the root hook after the run. Works offline: it is an npm package, not a download.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient } from '../../lambda/store/dynamodb.js';

/** What the AWS SDK needs to talk to the local server; the credentials are never checked. */
export const LOCAL_AWS = { region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } } as const;

interface Local {
  server?: Promise<{ server: Server; endpoint: string }>;
  clients: DynamoDBClient[];
}

// Kept on globalThis: mocha's root hook may reach this file as another module instance than the tests do, and
// there must be one server either way.
const local: Local = ((globalThis as Record<symbol, Local>)[Symbol.for('voice-commerce.test.local-dynamodb')] ??= { clients: [] });

export function localDynamoEndpoint(): Promise<string> {
  local.server ??= (async () => {
    const { default: dynalite } = await import('dynalite');
    const s = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => resolve());
    });
    return { server: s, endpoint: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
  })();
  return local.server.then((s) => s.endpoint);
}

/** A client of the local server; closed with it. */
export async function localDynamoClient(): Promise<DynamoDBClient> {
  const client = dynamoClient({ endpoint: await localDynamoEndpoint(), ...LOCAL_AWS });
  local.clients.push(client);
  return client;
}

/** The names of the commands the client sends from now on (GetItemCommand, QueryCommand, ...). */
export function recordOperations(client: DynamoDBClient): string[] {
  const operations: string[] = [];
  client.middlewareStack.add((next, context) => async (args) => {
    operations.push(String(context.commandName));
    return next(args);
  }, { step: 'initialize', name: `recordOperations${Math.random()}` });
  return operations;
}

export async function stopLocalDynamo(): Promise<void> {
  if (!local.server) return;
  const { server: s } = await local.server;
  local.server = undefined;
  for (const client of local.clients.splice(0)) client.destroy();
  await new Promise<void>((resolve) => s.close(() => resolve()));
}
