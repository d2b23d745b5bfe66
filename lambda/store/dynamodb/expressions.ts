// DynamoDB expressions as the store writes them: every attribute referred to as #attribute, and conditional
// writes whose failed condition is an answer ("already done", "not yours"), not an error.
import type { UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Key } from './items.js';
import { isNamed } from './table.js';

/** Expression names for attributes: many plain words (name, status, lines, order, type, ...) are reserved in
 * DynamoDB expressions, so every attribute is referred to as #attribute. */
export function names(...attributes: string[]): Record<string, string> {
  return Object.fromEntries(attributes.map((a) => [`#${a}`, a]));
}

/** The #names the expressions use, each once (DynamoDB refuses a name no expression uses). */
export function namesIn(...expressions: string[]): Record<string, string> {
  return names(...new Set(expressions.flatMap((e) => [...e.matchAll(/#([A-Za-z0-9_]+)/g)].map((m) => m[1]))));
}

export const isConditionFailure = (err: unknown): boolean => isNamed(err, 'ConditionalCheckFailedException');

/** A conditional update of one item: `update` applies only where `condition` holds. */
export function conditionalUpdate(
  table: string, key: Key, update: string, condition: string, values: Record<string, unknown>,
): UpdateCommandInput {
  return {
    TableName: table, Key: key, UpdateExpression: update, ConditionExpression: condition,
    ExpressionAttributeNames: namesIn(update, condition), ExpressionAttributeValues: values,
  };
}
