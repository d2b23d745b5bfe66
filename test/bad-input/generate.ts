// Writes the bad-input corpus (test/bad-input/*.json): `npx tsx test/bad-input/generate.ts`. The expectations come
// from the rules below, written from the request formats' documentation (which field is required, of which type),
// not from the server's code; the runner (corpus.test.ts) then checks the server against them.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { envelope } from '../alexa/envelopes.js';
import { webhookRequest } from '../google/webhook-requests.js';
import type { Case, Path } from './case.js';

const HERE = dirname(fileURLToPath(import.meta.url));
type Expect = Case['expect'];

const OK: Expect = { status: 200 };
const INVALID: Expect = { status: 400, code: 'invalid_request' };
const BAD_JSON: Expect = { status: 400, code: 'bad_json' };
const DEEP = { $deep: 20_000 };
const PROTO = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

/** Values of every JSON type, and strings a shopper or an attacker might send. */
const HOSTILE: Record<string, unknown> = {
  null: null, zero: 0, negative: -1, huge: 1e308, true: true, false: false, empty: '', x: 'x', array: [], object: {},
  'array of string': ['tok-us-maya'], 'object with key': { a: 1 }, 'nested array': [[['x']]],
  controls: 'a\u0000b\u0007c\u001fd', 'lone surrogate': 'x\ud800y', 'reversed surrogate': '\udc00\ud800', 'noncharacters': '\ufffe\uffff',
  markup: '<audio src="https://evil.example/x.mp3"/>', 'closing speak': '</speak><speak>x', 'entities': '&amp; &lt; &#0; &bogus; ]]>',
  emoji: '🛒🥛 ✓', rtl: '\u202eevil\u202c', 'long 5000': { $repeat: ['a', 5000] }, deep: DEEP,
};
for (const p of PROTO) HOSTILE[`proto ${p}`] = p;

const isString = (v: unknown) => typeof v === 'string';

interface FieldRule {
  path: Path;
  /** What the field must be; anything else is a 400. "any": every value is accepted (read defensively). */
  type: 'string' | 'object' | 'boolean' | 'array' | 'int' | 'any';
  max?: number;
  min?: number;
  required?: boolean;
  /** Null accepted as absent. */
  nullable?: boolean;
}

/** A long string is kept in the data file as {$repeat: [text, times]}. */
const repeated = (v: unknown) => (v && typeof v === 'object' && '$repeat' in v ? (v as { $repeat: [string, number] }).$repeat : undefined);

function expected(rule: FieldRule, raw: unknown): Expect {
  if (raw === DEEP) return { status: 400, code: 'body_too_deep' };
  const r = repeated(raw);
  const value = r ? r[0].repeat(r[1]) : raw;
  if (rule.type === 'any') return OK;
  if (value === null) return rule.nullable ? OK : INVALID;
  switch (rule.type) {
    case 'string':
      if (!isString(value)) return INVALID;
      return (value as string).length > (rule.max ?? Infinity) || (value as string).length < (rule.min ?? 0) ? INVALID : OK;
    case 'object': return typeof value === 'object' && !Array.isArray(value) ? OK : INVALID;
    case 'array': return Array.isArray(value) ? OK : INVALID;
    case 'boolean': return typeof value === 'boolean' ? OK : INVALID;
    case 'int': return Number.isInteger(value) && (value as number) >= (rule.min ?? -Infinity) && (value as number) <= (rule.max ?? Infinity) ? OK : INVALID;
  }
}

function fieldCases(prefix: string, endpoint: string, base: string, rules: FieldRule[], valueNames: string[]): Case[] {
  const cases: Case[] = [];
  for (const rule of rules) {
    const name = rule.path.join('.');
    cases.push({ id: `${prefix} ${name} missing`, endpoint, base, unset: [rule.path], expect: rule.required ? INVALID : OK });
    for (const valueName of valueNames) {
      const value = HOSTILE[valueName];
      // An object or array replacing a required object still misses the fields inside it.
      let expect = expected(rule, value);
      if (rule.type === 'object' && rule.required && expect.status === 200 && Object.keys(value as object).length === 0) expect = INVALID;
      if (rule.type === 'object' && rule.required && expect.status === 200 && 'a' in (value as object)) expect = INVALID;
      if (rule.type === 'object' && expect.status === 200 && repeated(value)) expect = INVALID;
      cases.push({ id: `${prefix} ${name} = ${valueName}`, endpoint, base, set: [[rule.path, value]], expect });
    }
  }
  return cases;
}

// ------------------------------------------------------------------------------------------------------ Alexa
const alexaBases = {
  status: envelope('order-status', { token: 'token-us-1', slots: { item: 'oat milk' } }),
  reorder: envelope('reorder-item', { token: 'token-us-1' }),
  launch: envelope('launch', { token: 'token-us-1' }),
};

const alexaRules: FieldRule[] = [
  { path: ['version'], type: 'string', max: 16, required: true },
  { path: ['session'], type: 'object' },
  { path: ['session', 'new'], type: 'boolean' },
  { path: ['session', 'sessionId'], type: 'string', max: 512 },
  { path: ['session', 'attributes'], type: 'object', nullable: true },
  { path: ['session', 'attributes', 'dialog'], type: 'any' },
  { path: ['session', 'user'], type: 'object' },
  { path: ['session', 'user', 'accessToken'], type: 'string', max: 4096 },
  { path: ['session', 'application'], type: 'object' },
  { path: ['context'], type: 'object' },
  { path: ['context', 'System'], type: 'object' },
  { path: ['context', 'System', 'user'], type: 'object' },
  { path: ['context', 'System', 'user', 'userId'], type: 'string', max: 1024 },
  { path: ['context', 'System', 'user', 'accessToken'], type: 'string', max: 4096 },
  { path: ['context', 'System', 'device'], type: 'object' },
  { path: ['context', 'System', 'device', 'supportedInterfaces'], type: 'object' },
  { path: ['request'], type: 'object', required: true },
  { path: ['request', 'type'], type: 'string', max: 128, required: true },
  { path: ['request', 'requestId'], type: 'string', max: 512, required: true },
  { path: ['request', 'timestamp'], type: 'string', max: 64 },
  { path: ['request', 'locale'], type: 'string', max: 32 },
  { path: ['request', 'intent'], type: 'object' },
  { path: ['request', 'intent', 'name'], type: 'string', max: 256, required: true },
  { path: ['request', 'intent', 'slots'], type: 'object' },
  { path: ['request', 'intent', 'slots', 'item'], type: 'object', nullable: true },
  { path: ['request', 'intent', 'slots', 'item', 'value'], type: 'string' },
  { path: ['request', 'intent', 'slots', 'item', 'resolutions'], type: 'object' },
];
const ALL_VALUES = Object.keys(HOSTILE);
const TYPE_VALUES = ['null', 'zero', 'true', 'empty', 'x', 'array', 'object', 'array of string', 'object with key', 'deep', 'long 5000'];

const alexaCases: Case[] = [];
for (const rule of alexaRules) {
  // String fields that reach speech or lookups get every hostile value; the others every type.
  const speechy = ['request.locale', 'request.intent.name', 'request.intent.slots.item.value', 'request.type', 'context.System.user.accessToken'].includes(rule.path.join('.'));
  alexaCases.push(...fieldCases('alexa', '/alexa', 'status', [rule], speechy ? ALL_VALUES : TYPE_VALUES));
}
// The missing request.intent.name: required only inside an intent that is present.
// The required "request.intent" object with "a" key lacks a name: fieldCases marks it invalid only when required.
for (const c of alexaCases) {
  if (c.id === 'alexa request.intent = object with key' || c.id === 'alexa request.intent = object') c.expect = INVALID;
  // Every entry of "slots" must be a slot object.
  if (c.id === 'alexa request.intent.slots = object with key') c.expect = INVALID;
  // An empty or foreign resolutions object carries no match: accepted.
}
// Every intent name the skill knows and prototype names, with hostile slot values, in each Alexa locale.
const INTENTS = ['OrderStatusIntent', 'ReorderIntent', 'RemoveItemIntent', 'ChangeQuantityIntent', 'CancelOrderIntent', 'LastOrderIntent', 'VoiceCodeIntent'];
const SLOT_VALUES = ['controls', 'lone surrogate', 'reversed surrogate', 'noncharacters', 'markup', 'closing speak', 'entities', 'rtl', 'emoji'];
const ALEXA_LOCALES = ['en-US', 'en-GB', 'de-DE', 'it-IT', 'ja-JP'];
INTENTS.forEach((intent, i) => {
  for (const [j, valueName] of SLOT_VALUES.entries()) {
    const locale = ALEXA_LOCALES[(i + j) % ALEXA_LOCALES.length];
    alexaCases.push({
      id: `alexa slot ${intent} item/code = ${valueName} (${locale})`, endpoint: '/alexa', base: 'status',
      set: [[['request', 'intent', 'name'], intent], [['request', 'locale'], locale],
        [['request', 'intent', 'slots'], { item: { name: 'item', value: HOSTILE[valueName] }, code: { name: 'code', value: HOSTILE[valueName] }, quantity: { name: 'quantity', value: HOSTILE[valueName] } }]],
      expect: OK,
    });
  }
});
for (const name of PROTO) {
  alexaCases.push({ id: `alexa slot named ${name}`, endpoint: '/alexa', base: 'status', set: [[['request', 'intent', 'slots'], JSON.parse(`{"${name}": {"name": "x", "value": "oat milk"}}`)]], expect: OK });
  alexaCases.push({ id: `alexa attribute named ${name}`, endpoint: '/alexa', base: 'status', set: [[['session', 'attributes'], JSON.parse(`{"${name}": {"dialog": {"pending": {"kind": "offerHandoff"}}}}`)]], expect: OK });
}
// Carried state, forged: each is dropped or kept only where valid, never spoken as it came.
const FORGED_STATES: Record<string, unknown> = {
  'last.speech audio': { last: { speech: '<audio src="https://evil.example/x.mp3"/>' } },
  'last.speech closes speak': { last: { speech: '</speak><speak>x' } },
  'last.speech controls': { last: { speech: 'a\u0000b' } },
  'last.speech lone surrogate': { last: { speech: 'a\ud800b' } },
  'last.speech number': { last: { speech: 42 } },
  'last.speech object': { last: { speech: {} } },
  'last.reprompt markup': { last: { speech: 'hi', reprompt: '<p>x</p>' } },
  'last string': { last: 'x' },
  'last.speech bare ampersand': { last: { speech: 'a & b' } },
  'last.speech unknown entity': { last: { speech: '&bogus;' } },
  'last.speech say-as unclosed': { last: { speech: '<say-as interpret-as="characters">x' } },
  'pending unknown kind': { pending: { kind: 'placeEverything' } },
  'pending confirmOrder cartId object': { pending: { kind: 'confirmOrder', cartId: {} } },
  'pending confirmOrder foreign cart': { pending: { kind: 'confirmOrder', cartId: 'cart-of-someone-else' } },
  'pending chooseItem skus not array': { pending: { kind: 'chooseItem', skus: 'SKU-1' } },
  'pending chooseItem huge quantity': { pending: { kind: 'chooseItem', skus: ['SKU-COFFEE'], quantity: 1e9 } },
  'pending confirmCancel no order': { pending: { kind: 'confirmCancel' } },
  'placedOrderId object': { placedOrderId: {} },
  'placedOrderId another shopper': { placedOrderId: 'NW000000' },
  'misunderstandings negative': { misunderstandings: -5 },
  'misunderstandings string': { misunderstandings: 'many' },
  'state array': [],
  'state string': 'x',
  'state with __proto__': JSON.parse('{"__proto__": {"pending": {"kind": "offerHandoff"}}}'),
};
for (const intent of ['AMAZON.RepeatIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'CancelOrderIntent']) {
  for (const [name, state] of Object.entries(FORGED_STATES)) {
    alexaCases.push({ id: `alexa state ${name} then ${intent}`, endpoint: '/alexa', base: 'status', set: [[['request', 'intent', 'name'], intent], [['session', 'attributes'], { dialog: state }]], expect: OK });
  }
}
for (const name of PROTO) {
  alexaCases.push({ id: `alexa intent name ${name} (reorder base)`, endpoint: '/alexa', base: 'reorder', set: [[['request', 'intent', 'name'], name]], expect: OK });
  alexaCases.push({ id: `alexa request type ${name}`, endpoint: '/alexa', base: 'launch', set: [[['request', 'type'], name]], expect: OK });
}
alexaCases.push(
  { id: 'alexa slot 20000 arrays deep', endpoint: '/alexa', base: 'status', set: [[['request', 'intent', 'slots', 'item', 'value'], DEEP]], expect: { status: 400, code: 'body_too_deep' } },
  { id: 'alexa unknown top-level field deep', endpoint: '/alexa', base: 'status', set: [[['extra'], DEEP]], expect: { status: 400, code: 'body_too_deep' } },
  { id: 'alexa extra fields are ignored', endpoint: '/alexa', base: 'status', set: [[['extra'], { a: [1, 2, 3] }], [['request', 'extra'], 'x']], expect: OK },
  { id: 'alexa huge slot (200 kB) is shortened', endpoint: '/alexa', base: 'status', set: [[['request', 'intent', 'slots', 'item', 'value'], { $repeat: ['oat milk ', 22_000] }]], expect: OK },
  { id: 'alexa body over 256 kB', endpoint: '/alexa', base: 'status', set: [[['request', 'intent', 'slots', 'item', 'value'], { $repeat: ['x', 300_000] }]], expect: { status: 413, code: 'body_too_large' } },
  { id: 'alexa token as array is not that shopper', endpoint: '/alexa', base: 'status', set: [[['context', 'System', 'user', 'accessToken'], ['token-us-1']], [['session', 'user', 'accessToken'], ['token-us-1']]], expect: INVALID },
  { id: 'alexa token as object', endpoint: '/alexa', base: 'status', set: [[['context', 'System', 'user', 'accessToken'], { token: 'token-us-1' }]], expect: INVALID },
  { id: 'alexa token of nobody', endpoint: '/alexa', base: 'status', set: [[['context', 'System', 'user', 'accessToken'], 'token-nobody'], [['session', 'user', 'accessToken'], 'token-nobody']], expect: OK },
  { id: 'alexa Dialogflow body', endpoint: '/alexa', raw: '{{google}}', expect: { status: 400, code: 'wrong_platform' } },
  { id: 'alexa resolutions with wrong status', endpoint: '/alexa', base: 'reorder', set: [[['request', 'intent', 'slots', 'item', 'resolutions', 'resolutionsPerAuthority'], [{ status: 'x' }]]], expect: INVALID },
  { id: 'alexa resolution values not an array', endpoint: '/alexa', base: 'reorder', set: [[['request', 'intent', 'slots', 'item', 'resolutions', 'resolutionsPerAuthority'], [{ status: { code: 'ER_SUCCESS_MATCH' }, values: 'x' }]]], expect: INVALID },
  { id: 'alexa resolved name with markup', endpoint: '/alexa', base: 'reorder', set: [[['request', 'intent', 'slots', 'item', 'resolutions', 'resolutionsPerAuthority'], [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: '<audio src="x"/>\u0000' } }] }]]], expect: OK },
);

// ----------------------------------------------------------------------------------------------------- Google
const googleBases = {
  status: webhookRequest('assistant-reorder', { intent: 'OrderStatusIntent', parameters: { item: 'oat milk' }, token: 'token-us-1', languageCode: 'en' }),
  console: webhookRequest('console-order-status'),
};
const P = ['originalDetectIntentRequest', 'payload'];
const googleRules: FieldRule[] = [
  { path: ['responseId'], type: 'string', max: 256 },
  { path: ['session'], type: 'string', max: 1024, min: 1, required: true },
  { path: ['queryResult'], type: 'object', required: true },
  { path: ['queryResult', 'queryText'], type: 'string' },
  { path: ['queryResult', 'languageCode'], type: 'string', max: 35, min: 1, required: true },
  { path: ['queryResult', 'parameters'], type: 'object' },
  { path: ['queryResult', 'parameters', 'item'], type: 'any' },
  { path: ['queryResult', 'intent'], type: 'object', required: true },
  { path: ['queryResult', 'intent', 'displayName'], type: 'string', max: 256, required: true },
  { path: ['queryResult', 'outputContexts'], type: 'array' },
  { path: ['queryResult', 'outputContexts', 0, 'name'], type: 'string', max: 1024, required: true },
  { path: ['queryResult', 'outputContexts', 0, 'lifespanCount'], type: 'int', min: 0, max: 1000 },
  { path: ['queryResult', 'outputContexts', 0, 'parameters'], type: 'object' },
  { path: ['queryResult', 'outputContexts', 0, 'parameters', 'state'], type: 'any' },
  { path: ['originalDetectIntentRequest'], type: 'object' },
  { path: ['originalDetectIntentRequest', 'source'], type: 'string', max: 64 },
  { path: P, type: 'object' },
  { path: [...P, 'user'], type: 'object' },
  { path: [...P, 'user', 'userId'], type: 'string', max: 1024 },
  { path: [...P, 'user', 'accessToken'], type: 'string', max: 4096 },
  { path: [...P, 'user', 'locale'], type: 'string', max: 35 },
  { path: [...P, 'surface'], type: 'object' },
  { path: [...P, 'surface', 'capabilities'], type: 'array' },
  { path: [...P, 'conversation'], type: 'object' },
  { path: [...P, 'timestamp'], type: 'string', max: 64 },
  { path: [...P, 'telephony'], type: 'object' },
  { path: [...P, 'isInSandbox'], type: 'boolean' },
];
const googleCases: Case[] = [];
for (const rule of googleRules) {
  const speechy = ['queryResult.languageCode', 'queryResult.intent.displayName', 'queryResult.parameters.item', `${P.join('.')}.user.accessToken`, `${P.join('.')}.user.locale`].includes(rule.path.join('.'));
  googleCases.push(...fieldCases('google', '/google', 'status', [rule], speechy ? ALL_VALUES : TYPE_VALUES));
}
for (const c of googleCases) {
  // An array whose first element is not a context; an empty array is fine.
  if (c.id === 'google queryResult.outputContexts = array of string' || c.id === 'google queryResult.outputContexts = nested array') c.expect = INVALID;
  // A capability list of strings or nested arrays holds no {name}.
  if (c.id === `google ${P.join('.')}.surface.capabilities = array of string` || c.id === `google ${P.join('.')}.surface.capabilities = nested array`) c.expect = INVALID;
  // The locale and the language code must still be short, but the words are free.
  if (c.id === 'google queryResult.intent = object with key' || c.id === 'google queryResult.intent = object') c.expect = INVALID;
}
for (const [i, intent] of INTENTS.entries()) {
  for (const [j, valueName] of SLOT_VALUES.entries()) {
    const languageCode = ['en', 'en-gb', 'de', 'it', 'ja', 'zh-cn'][(i + j) % 6];
    googleCases.push({
      id: `google parameter ${intent} item/code = ${valueName} (${languageCode})`, endpoint: '/google', base: 'status',
      set: [[['queryResult', 'intent', 'displayName'], intent], [['queryResult', 'languageCode'], languageCode],
        [['queryResult', 'parameters'], { item: HOSTILE[valueName], code: HOSTILE[valueName], quantity: HOSTILE[valueName] }]],
      expect: OK,
    });
  }
}
for (const name of PROTO) {
  googleCases.push({ id: `google language code ${name} (console)`, endpoint: '/google', base: 'console', set: [[['queryResult', 'languageCode'], name]], expect: OK });
  googleCases.push({ id: `google parameter named ${name}`, endpoint: '/google', base: 'status', set: [[['queryResult', 'parameters'], JSON.parse(`{"${name}": "oat milk"}`)]], expect: OK });
  googleCases.push({ id: `google context parameter named ${name}`, endpoint: '/google', base: 'status', set: [[['queryResult', 'outputContexts', 0, 'parameters'], JSON.parse(`{"${name}": "x", "${name}.original": "y"}`)]], expect: OK });
}
for (const intent of ['AMAZON.RepeatIntent', 'AMAZON.YesIntent', 'ReorderIntent - yes', 'CancelOrderIntent']) {
  for (const [name, state] of Object.entries(FORGED_STATES)) {
    const contexts = [{ name: `${googleBases.status.session}/contexts/skill_dialog`, lifespanCount: 19, parameters: { state: JSON.stringify(state) } }];
    googleCases.push({ id: `google state ${name} then ${intent}`, endpoint: '/google', base: 'status', set: [[['queryResult', 'intent', 'displayName'], intent], [['queryResult', 'outputContexts'], contexts]], expect: OK });
  }
}
googleCases.push(
  { id: 'google state not JSON', endpoint: '/google', base: 'status', set: [[['queryResult', 'intent', 'displayName'], 'AMAZON.RepeatIntent'], [['queryResult', 'outputContexts'], [{ name: `${googleBases.status.session}/contexts/skill_dialog`, parameters: { state: '{not json' } }]]], expect: OK },
  { id: 'google state 20000 arrays deep as a string', endpoint: '/google', base: 'status', set: [[['queryResult', 'outputContexts'], [{ name: `${googleBases.status.session}/contexts/skill_dialog`, parameters: { state: '['.repeat(20_000) + ']'.repeat(20_000) } }]]], expect: OK },
  { id: 'google parameter 20000 arrays deep', endpoint: '/google', base: 'status', set: [[['queryResult', 'parameters', 'item'], DEEP]], expect: { status: 400, code: 'body_too_deep' } },
  { id: 'google parameter 60 arrays deep is read no deeper than it should', endpoint: '/google', base: 'status', set: [[['queryResult', 'parameters', 'item'], { $deep: 60 }]], expect: OK },
  { id: 'google amount parameter with __proto__', endpoint: '/google', base: 'status', set: [[['queryResult', 'parameters', 'quantity'], JSON.parse('{"__proto__": {"amount": 3}}')]], expect: OK },
  { id: 'google token as array is not that shopper', endpoint: '/google', base: 'status', set: [[[...P, 'user', 'accessToken'], ['token-us-1']]], expect: INVALID },
  { id: 'google huge parameter (200 kB) is shortened', endpoint: '/google', base: 'status', set: [[['queryResult', 'parameters', 'item'], { $repeat: ['oat milk ', 22_000] }]], expect: OK },
  { id: 'google body over 256 kB', endpoint: '/google', base: 'status', set: [[['queryResult', 'parameters', 'item'], { $repeat: ['x', 300_000] }]], expect: { status: 413, code: 'body_too_large' } },
  { id: 'google Alexa envelope', endpoint: '/google', raw: '{{alexa}}', expect: { status: 400, code: 'wrong_platform' } },
  { id: 'google capabilities with null', endpoint: '/google', base: 'status', set: [[[...P, 'surface', 'capabilities'], [null]]], expect: INVALID },
  { id: 'google capabilities names not strings', endpoint: '/google', base: 'status', set: [[[...P, 'surface', 'capabilities'], [{ name: 1 }]]], expect: INVALID },
  { id: 'google output context null', endpoint: '/google', base: 'status', set: [[['queryResult', 'outputContexts'], [null]]], expect: INVALID },
);

// -------------------------------------------------------------------------------------------------- Transport
const transport: Case[] = [];
const AUTH = { authorization: `Basic ${Buffer.from('dialogflow:secret').toString('base64')}` };
for (const endpoint of ['/alexa', '/google']) {
  const bodies: Record<string, [string | [string, number][], Expect]> = {
    'not JSON': ['where is my order', BAD_JSON],
    'truncated JSON': ['{"version": "1.0", "request": {', BAD_JSON],
    // body-parser reads an empty JSON body as {} on /google; /alexa reads the bytes.
    'empty body': ['', endpoint === '/google' ? INVALID : BAD_JSON],
    'JSON with a trailing comma': ['{"a": 1,}', BAD_JSON],
    'NaN literal': ['{"a": NaN}', BAD_JSON],
    'single quotes': ["{'a': 1}", BAD_JSON],
    'null': ['null', endpoint === '/google' ? { status: 400, code: 'bad_json' } : INVALID],
    'true': ['true', endpoint === '/google' ? { status: 400, code: 'bad_json' } : INVALID],
    'zero': ['0', endpoint === '/google' ? { status: 400, code: 'bad_json' } : INVALID],
    'a string': ['"x"', endpoint === '/google' ? { status: 400, code: 'bad_json' } : INVALID],
    'an empty array': ['[]', INVALID],
    'an empty object': ['{}', INVALID],
    'an array of requests': ['[{{alexa}}, {{google}}]', INVALID],
    '20000 arrays deep': [[['[', 20_000], [']', 20_000]], { status: 400, code: 'body_too_deep' }],
    '20000 objects deep': [[['{"a":', 20_000], ['1', 1], ['}', 20_000]], { status: 400, code: 'body_too_deep' }],
    'only a BOM': ['\ufeff', endpoint === '/google' ? INVALID : BAD_JSON],
  };
  for (const [name, [raw, expect]] of Object.entries(bodies)) {
    transport.push({ id: `${endpoint} ${name}`, endpoint, ...(typeof raw === 'string' ? { raw } : { rawParts: raw }), headers: { 'content-type': 'application/json', ...(endpoint === '/google' ? AUTH : {}) }, expect });
  }
  const good = endpoint === '/alexa' ? '{{alexa}}' : '{{google}}';
  const headers = endpoint === '/google' ? AUTH : {};
  transport.push(
    { id: `${endpoint} as text/plain`, endpoint, raw: good, headers: { 'content-type': 'text/plain', ...headers }, expect: OK },
    { id: `${endpoint} without a content type`, endpoint, raw: good, headers: { ...headers }, expect: OK },
    { id: `${endpoint} as form data`, endpoint, raw: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, expect: { status: 400, code: 'bad_json' } },
    { id: `${endpoint} invalid UTF-8`, endpoint, rawBase64: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]).toString('base64'), headers: { 'content-type': 'application/json', ...headers }, expect: INVALID },
    { id: `${endpoint} gzip encoding with a body that is not gzip`, endpoint, raw: good, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...headers }, expect: { status: 400, code: 'bad_request' } },
    { id: `${endpoint} unknown content encoding`, endpoint, raw: good, headers: { 'content-type': 'application/json', 'content-encoding': 'compress', ...headers }, expect: { status: 415, code: 'unsupported_encoding' } },
    { id: `${endpoint} 20 kB header`, endpoint, raw: good, headers: { 'content-type': 'application/json', 'x-padding': 'p'.repeat(20_000), ...headers }, expect: { status: 431, code: 'headers_too_large' } },
    { id: `${endpoint} GET`, endpoint, method: 'GET', headers, expect: { status: 404, code: 'not_found' } },
    { id: `${endpoint} PUT`, endpoint, method: 'PUT', raw: good, headers: { 'content-type': 'application/json', ...headers }, expect: { status: 404, code: 'not_found' } },
  );
  // A body that is JSON but in another charset: /google decodes by charset (only UTF is supported); /alexa reads bytes.
  transport.push({ id: `${endpoint} latin-1 charset`, endpoint, raw: good, headers: { 'content-type': 'application/json; charset=latin1', ...headers }, expect: endpoint === '/google' ? { status: 415, code: 'unsupported_charset' } : OK });
}
transport.push(
  { id: '/google without credentials', endpoint: '/google', raw: '{{google}}', headers: { 'content-type': 'application/json' }, expect: { status: 401, code: 'unauthorized' } },
  { id: '/google wrong password', endpoint: '/google', raw: '{{google}}', headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('dialogflow:wrong').toString('base64')}` }, expect: { status: 401, code: 'unauthorized' } },
  { id: '/google wrong user', endpoint: '/google', raw: '{{google}}', headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('other:secret').toString('base64')}` }, expect: { status: 401, code: 'unauthorized' } },
  { id: '/google malformed basic', endpoint: '/google', raw: '{{google}}', headers: { 'content-type': 'application/json', authorization: 'Basic !!!' }, expect: { status: 401, code: 'unauthorized' } },
  { id: '/google bearer token', endpoint: '/google', raw: '{{google}}', headers: { 'content-type': 'application/json', authorization: 'Bearer token-us-1' }, expect: { status: 401, code: 'unauthorized' } },
  { id: '/google password with a trailing byte', endpoint: '/google', raw: '{{google}}', headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from('dialogflow:secret\u0000').toString('base64')}` }, expect: { status: 401, code: 'unauthorized' } },
  { id: '/google without credentials and bad JSON', endpoint: '/google', raw: '{', headers: { 'content-type': 'application/json' }, expect: { status: 401, code: 'unauthorized' } },
  { id: 'POST /nowhere', endpoint: '/nowhere', raw: '{}', headers: { 'content-type': 'application/json' }, expect: { status: 404, code: 'not_found' } },
  { id: 'POST /alexa/extra', endpoint: '/alexa/extra', raw: '{}', headers: { 'content-type': 'application/json' }, expect: { status: 404, code: 'not_found' } },
  { id: 'GET /%', endpoint: '/%', method: 'GET', expect: { status: 404, code: 'not_found' } },
  { id: 'POST /alexa%00', endpoint: '/alexa%00', raw: '{}', headers: { 'content-type': 'application/json' }, expect: { status: 404, code: 'not_found' } },
);
// With Amazon's checks on: refusals before any certificate is fetched.
const signed = { 'content-type': 'application/json' };
const withTime = JSON.stringify({ ...alexaBases.status, request: { ...alexaBases.status.request, timestamp: '{{now}}' } });
transport.push(
  { id: 'verified /alexa no signature headers', app: 'verified', endpoint: '/alexa', raw: withTime, headers: signed, expect: { status: 400, code: 'signature_missing' } },
  { id: 'verified /alexa certificate URL only', app: 'verified', endpoint: '/alexa', raw: withTime, headers: { ...signed, SignatureCertChainUrl: 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem' }, expect: { status: 400, code: 'signature_missing' } },
  { id: 'verified /alexa signature only', app: 'verified', endpoint: '/alexa', raw: withTime, headers: { ...signed, 'Signature-256': 'AAAA' }, expect: { status: 400, code: 'signature_missing' } },
  { id: 'verified /alexa legacy SHA-1 signature only', app: 'verified', endpoint: '/alexa', raw: withTime, headers: { ...signed, Signature: 'AAAA', SignatureCertChainUrl: 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem' }, expect: { status: 400, code: 'signature_missing' } },
  { id: 'verified /alexa empty headers', app: 'verified', endpoint: '/alexa', raw: withTime, headers: { ...signed, 'Signature-256': '', SignatureCertChainUrl: '' }, expect: { status: 400, code: 'signature_missing' } },
  { id: 'verified /alexa signature not base64', app: 'verified', endpoint: '/alexa', raw: withTime, headers: { ...signed, 'Signature-256': 'not base64!', SignatureCertChainUrl: 'https://s3.amazonaws.com/echo.api/c.pem' }, expect: { status: 400, code: 'signature_invalid' } },
  ...[
    'http://s3.amazonaws.com/echo.api/c.pem', 'https://evil.example.com/echo.api/c.pem', 'https://s3.amazonaws.com/notecho.api/c.pem',
    'https://s3.amazonaws.com:8443/echo.api/c.pem', 'https://s3.amazonaws.com.evil.example/echo.api/c.pem', 'https://s3.amazonaws.com/echo.api/../evil/c.pem',
    'https://s3.amazonaws.com@evil.example/echo.api/c.pem', 'https://s3.amazonaws.com/echo.api/%2E%2E/evil/c.pem', 'ftp://s3.amazonaws.com/echo.api/c.pem', '//s3.amazonaws.com/echo.api/c.pem',
  ].map((url): Case => ({ id: `verified /alexa certificate URL ${url}`, app: 'verified', endpoint: '/alexa', raw: withTime, headers: { ...signed, 'Signature-256': 'AAAA', SignatureCertChainUrl: url }, expect: { status: 400, code: 'certificate_url_invalid' } })),
  ...['-151', '+151', '+3600', 'not a date'].map((offset): Case => ({
    id: `verified /alexa timestamp ${offset}`, app: 'verified', endpoint: '/alexa',
    raw: withTime.replace('{{now}}', `{{now${offset === 'not a date' ? ':bad' : offset}}}`), headers: { ...signed, 'Signature-256': 'AAAA', SignatureCertChainUrl: 'https://s3.amazonaws.com/echo.api/c.pem' }, expect: { status: 400, code: 'timestamp_invalid' },
  })),
);

function write(file: string, bases: Record<string, unknown>, cases: Case[]): void {
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate case ${c.id}`);
    ids.add(c.id);
  }
  writeFileSync(join(HERE, file), `${JSON.stringify({ bases, cases }, null, 1)}\n`);
  console.log(`${file}: ${cases.length} cases`);
}

write('alexa.json', alexaBases, alexaCases);
write('google.json', googleBases, googleCases);
write('transport.json', {}, transport);
