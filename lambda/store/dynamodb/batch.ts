// Batch reads and writes within DynamoDB's limits (25 writes, 100 reads a request), retrying what the service
// leaves unprocessed under load with growing pauses, so a large seed loads without dropping items.
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Item, Key } from './items.js';

export const WRITE_BATCH = 25;
export const READ_BATCH = 100;
const MAX_ATTEMPTS = 10;

export type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Key } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (attempt: number) => Math.min(50 * 2 ** attempt, 5000) * (0.5 + Math.random() / 2);

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Runs `work` over the items with at most `parallel` at a time. */
async function inParallel<T>(list: T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(parallel, list.length) }, async () => {
    while (next < list.length) await work(list[next++]);
  });
  await Promise.all(lanes);
}

export interface WriteOptions {
  /** Called after each batch with the number of requests written so far. */
  onProgress?: (written: number) => void;
  parallel?: number;
}

export async function writeAll(doc: DynamoDBDocumentClient, table: string, requests: WriteRequest[], options: WriteOptions = {}): Promise<void> {
  let written = 0;
  await inParallel(chunks(requests, WRITE_BATCH), options.parallel ?? 4, async (batch) => {
    let pending = batch;
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt >= MAX_ATTEMPTS) throw new Error(`DynamoDB left ${pending.length} writes unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt) await sleep(backoff(attempt));
      const result = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      const left = (result.UnprocessedItems?.[table] ?? []) as WriteRequest[];
      written += pending.length - left.length;
      pending = left;
    }
    options.onProgress?.(written);
  });
}

/** The items that exist for the keys, in no particular order. */
export async function getAll(doc: DynamoDBDocumentClient, table: string, wanted: Key[], parallel = 4): Promise<Item[]> {
  // A batch may not name the same key twice.
  const unique = [...new Map(wanted.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  const found: Item[] = [];
  await inParallel(chunks(unique, READ_BATCH), parallel, async (batch) => {
    let pending: Key[] = batch;
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt >= MAX_ATTEMPTS) throw new Error(`DynamoDB left ${pending.length} reads unprocessed after ${MAX_ATTEMPTS} attempts`);
      if (attempt) await sleep(backoff(attempt));
      const result = await doc.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: true } } }));
      found.push(...(result.Responses?.[table] ?? []));
      pending = (result.UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
    }
  });
  return found;
}

export { inParallel };
