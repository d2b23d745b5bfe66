// The bad-input corpus (test/bad-input/*.json, written by generate.ts): every request is sent as bytes to a real
// HTTP server (the app behind Node's server with the same header limit and clientError handler as `npm start`),
// and must get exactly its expected status and error code: JSON always, never a 5xx, and every 200 carries SSML
// that is well-formed XML made only of the elements the skill writes.
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { demoSeedData } from '../../lambda/store/seed.js';
import { createRuntime } from '../../lambda/runtime.js';
import { createApp } from '../../lambda/server/app.js';
import { AlexaSignatureVerifier } from '../../lambda/server/alexa-signature.js';
import { httpServer } from '../../lambda/server/http-server.js';
import { ssmlProblem } from '../../lambda/core/ssml-check.js';
import { memoryStore } from '../support/fake-platform.js';
import type { Case, Path } from './case.js';

const HERE = dirname(fileURLToPath(import.meta.url));
interface Corpus { bases: Record<string, unknown>; cases: Case[] }

const load = (file: string) => JSON.parse(readFileSync(join(HERE, file), 'utf8')) as Corpus;
const FILES = ['alexa.json', 'google.json', 'transport.json'];
/** Raw bodies name the two valid requests as {{alexa}} and {{google}}: the "status" bases of the endpoint files. */
const VALID: Record<string, string> = {
  alexa: JSON.stringify(load('alexa.json').bases.status),
  google: JSON.stringify(load('google.json').bases.status),
};
const SKILL_TAGS = new Set(['speak', 'say-as']);
const AUTH = { authorization: `Basic ${Buffer.from('dialogflow:secret').toString('base64')}` };

/** Placeholders for values too big to keep in a data file, swapped in after serialising. */
function materialise(corpus: Corpus, c: Case): Buffer {
  if (c.rawBase64 !== undefined) return Buffer.from(c.rawBase64, 'base64');
  if (c.raw !== undefined) return Buffer.from(withTimes(c.raw.replace(/\{\{(alexa|google)\}\}/g, (_, name: string) => VALID[name])), 'utf8');
  if (c.rawParts !== undefined) return Buffer.from(c.rawParts.map(([text, times]) => text.repeat(times)).join(''), 'utf8');
  if (!c.base) return Buffer.alloc(0);
  const body = structuredClone(corpus.bases[c.base]) as Record<string | number, unknown>;
  for (const path of c.unset ?? []) {
    const parent = walk(body, path.slice(0, -1), false);
    if (parent) delete (parent as Record<string | number, unknown>)[path[path.length - 1]];
  }
  const deep: number[] = [];
  for (const [path, value] of c.set ?? []) {
    const parent = walk(body, path.slice(0, -1), true) as Record<string | number, unknown>;
    parent[path[path.length - 1]] = expand(value, deep);
  }
  let text = JSON.stringify(body, (key, value: unknown) => (key === '__proto__' ? value : value));
  deep.forEach((n, i) => { text = text.replace(`"\\u0000deep${i}\\u0000"`, '['.repeat(n) + ']'.repeat(n)); });
  return Buffer.from(withTimes(text), 'utf8');
}

function expand(value: unknown, deep: number[]): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as { $deep?: number; $repeat?: [string, number] };
    if (typeof v.$deep === 'number') return `\u0000deep${deep.push(v.$deep) - 1}\u0000`;
    if (Array.isArray(v.$repeat)) return v.$repeat[0].repeat(v.$repeat[1]);
  }
  return value;
}

function walk(root: unknown, path: Path, create: boolean): unknown {
  let node = root as Record<string | number, unknown>;
  for (const [i, key] of path.entries()) {
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
      if (!create) return undefined;
      node[key] = typeof path[i + 1] === 'number' ? [] : {};
    }
    node = node[key] as Record<string | number, unknown>;
  }
  return node;
}

function withTimes(text: string): string {
  const at = (offsetS: number) => new Date(Date.now() + offsetS * 1000).toISOString();
  return text.replace(/\{\{now([+-]\d+)?(:bad)?\}\}/g, (_, offset: string | undefined, bad: string | undefined) => (bad ? 'yesterday-ish' : at(Number(offset ?? 0))));
}

interface Answer { status: number; type: string; text: string }

function send(server: Server, method: string, path: string, headers: Record<string, string>, body: Buffer): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function speechOf(endpoint: string, json: Record<string, unknown>): string[] {
  if (endpoint === '/alexa') {
    const response = json.response as { outputSpeech?: { ssml?: string }; reprompt?: { outputSpeech?: { ssml?: string } } } | undefined;
    return [response?.outputSpeech?.ssml, response?.reprompt?.outputSpeech?.ssml].filter((s): s is string => typeof s === 'string');
  }
  const items = ((json.payload as { google?: { richResponse?: { items?: { simpleResponse?: { textToSpeech?: string } }[] } } })?.google?.richResponse?.items ?? []);
  return items.map((i) => i.simpleResponse?.textToSpeech).filter((s): s is string => typeof s === 'string');
}

describe('bad-input corpus: every hostile request gets its expected status and code, never a 5xx', function () {
  this.timeout(300_000);
  const servers: Record<'plain' | 'verified', Server> = {} as never;
  const fetched: string[] = [];

  before(async () => {
    const listen = (app: ReturnType<typeof createApp>) => new Promise<Server>((resolve) => {
      const server = httpServer(app);
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
    const runtime = await createRuntime({ SKILL_LOG: 'off' }, memoryStore(demoSeedData()));
    servers.plain = await listen(createApp(runtime, { verifyAlexa: false, google: { user: 'dialogflow', password: 'secret' } }));
    // Every verified case must be refused before a certificate is fetched: the fetch only records that it was tried.
    const verifier = new AlexaSignatureVerifier({ fetchCertificate: async (url) => { fetched.push(url.href); throw new Error('no network in tests'); } });
    servers.verified = await listen(createApp(runtime, { verifyAlexa: true, alexaVerifier: verifier }));
  });
  after(async () => {
    await Promise.all(Object.values(servers).map((s) => new Promise((resolve) => s.close(resolve))));
  });

  let total = 0;
  for (const file of FILES) {
    const corpus = load(file);
    total += corpus.cases.length;
    describe(file, () => {
      for (const c of corpus.cases) {
        it(`${c.id} → ${c.expect.status}${c.expect.code ? ` ${c.expect.code}` : ''}`, async () => {
          const body = materialise(corpus, c);
          const headers = c.headers ?? { 'content-type': 'application/json', ...(c.endpoint === '/google' ? AUTH : {}) };
          const answer = await send(servers[c.app ?? 'plain'], c.method ?? 'POST', c.endpoint, headers, body);
          expect(answer.status, answer.text.slice(0, 300)).to.equal(c.expect.status);
          expect(answer.type).to.match(/^application\/json/);
          expect(answer.text).to.not.match(/\n\s+at |Error:/);
          const json = JSON.parse(answer.text) as Record<string, unknown>;
          if (c.expect.status !== 200) {
            expect(json.code).to.equal(c.expect.code);
            expect(json.error).to.be.a('string');
            return;
          }
          const speech = speechOf(c.endpoint, json);
          expect(speech.length, 'spoken answers').to.be.greaterThan(0);
          for (const ssml of speech) {
            expect(ssml).to.match(/^<speak>[\s\S]*<\/speak>$/);
            expect(ssmlProblem(ssml, SKILL_TAGS), ssml.slice(0, 300)).to.equal(undefined);
          }
        });
      }
    });
  }

  it('holds at least 500 requests across both endpoints', () => expect(total).to.be.at.least(500));
  it('never fetched a certificate for a request it could refuse first', () => expect(fetched).to.deep.equal([]));
});
