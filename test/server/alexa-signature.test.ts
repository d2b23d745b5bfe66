// Amazon's request signature, checked against a locally made chain: a root the verifier is told to trust, an
// intermediate, and a signing certificate naming echo-api.amazon.com. The certificate "fetch" is a stub that
// records which URL was asked for, so the tests also see that refused URLs are never fetched. The chains are made
// once and kept in test/fixtures/alexa-signature/ (test/support/cert-chain.ts); the verifier's clock and the
// requests' timestamps stand at the moment that file records, when every certificate in it is valid.
import { createSign } from 'node:crypto';
import { expect } from 'chai';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../lambda/server/app.js';
import { AlexaSignatureVerifier, normaliseCertUrl } from '../../lambda/server/alexa-signature.js';
import { createRuntime } from '../../lambda/runtime.js';
import { memoryStore } from '../support/fake-platform.js';
import { aCustomer, aSeed } from '../support/seed.js';
import { readTestChains } from '../support/cert-chain.js';
import { envelope } from '../alexa/envelopes.js';

const GOOD_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';

const { now, chain, otherName, untrusted } = readTestChains();
const NOW = Date.parse(now);

describe('Alexa request signatures (locally made certificate chain)', () => {

  const sign = (body: string, keyPem = chain.leafKeyPem) => createSign('RSA-SHA256').update(body).sign(keyPem, 'base64');

  async function appServing(pem: () => string, fetched: string[] = []): Promise<Express> {
    const runtime = await createRuntime({ SKILL_LOG: 'off' }, memoryStore(aSeed([aCustomer({ accessToken: 'tok-1' })])));
    const verifier = new AlexaSignatureVerifier({
      trustedRoots: [chain.rootPem],
      now: () => NOW,
      fetchCertificate: async (url) => {
        fetched.push(url.href);
        return pem();
      },
    });
    return createApp(runtime, { verifyAlexa: true, alexaVerifier: verifier });
  }

  const launch = (at = new Date(NOW)) => JSON.stringify(envelope('launch', { token: 'tok-1', timestamp: at.toISOString() }));
  const post = (app: Express, body: string, headers: Record<string, string>) =>
    request(app).post('/alexa').set('content-type', 'application/json').set(headers).send(body);

  it('accepts a request signed by a certificate that chains to a trusted root and names echo-api.amazon.com', async () => {
    const fetched: string[] = [];
    const app = await appServing(() => chain.chainPem, fetched);
    const body = launch();
    const res = await post(app, body, { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body) }).expect(200);
    expect(res.body.response.outputSpeech.ssml).to.match(/^<speak>/);
    expect(fetched).to.deep.equal([GOOD_URL]);
  });

  it('accepts the certificate URL written with an upper-case host, an explicit port 443 and a dot segment', async () => {
    const fetched: string[] = [];
    const app = await appServing(() => chain.chainPem, fetched);
    const body = launch();
    await post(app, body, { SignatureCertChainUrl: 'https://S3.AmazonAWS.com:443/echo.api/../echo.api/echo-api-cert-12.pem', 'Signature-256': sign(body) }).expect(200);
    expect(fetched).to.deep.equal([GOOD_URL]);
  });

  const refusals: [string, string][] = [
    ['https://s3.amazonaws.com/echo.api/../evil-bucket/cert.pem', 'a path that leaves /echo.api/ once normalised'],
    ['https://s3.amazonaws.com/echo.api/%2e%2e/evil-bucket/cert.pem', 'an encoded dot-dot segment'],
    ['https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem', 'a path in another case (the path is case-sensitive)'],
    ['http://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'http'],
    ['https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem', 'another port'],
    ['https://s3.amazonaws.com.evil.example/echo.api/cert.pem', 'a host that only starts like Amazon\'s'],
    ['https://s3.amazonaws.com@evil.example/echo.api/cert.pem', 'user info before another host'],
    ['https://user@s3.amazonaws.com/echo.api/cert.pem', 'user info'],
    ['not a url', 'no URL at all'],
  ];
  for (const [url, what] of refusals) {
    it(`refuses a certificate URL with ${what}, without fetching it`, async () => {
      const fetched: string[] = [];
      const app = await appServing(() => chain.chainPem, fetched);
      const body = launch();
      const res = await post(app, body, { SignatureCertChainUrl: url, 'Signature-256': sign(body) }).expect(400);
      expect(res.body.code).to.equal('certificate_url_invalid');
      expect(fetched).to.deep.equal([]);
    });
  }

  it('refuses a body changed after signing', async () => {
    const app = await appServing(() => chain.chainPem);
    const body = launch();
    const res = await post(app, body.replace('LaunchRequest', 'SessionEndedRequest'), { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body) }).expect(400);
    expect(res.body.code).to.equal('signature_invalid');
  });

  it('refuses a signature made with another key', async () => {
    const app = await appServing(() => chain.chainPem);
    const body = launch();
    const res = await post(app, body, { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body, untrusted.leafKeyPem) }).expect(400);
    expect(res.body.code).to.equal('signature_invalid');
  });

  it('refuses a chain that does not lead to a trusted root', async () => {
    const app = await appServing(() => untrusted.chainPem);
    const body = launch();
    const res = await post(app, body, { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body, untrusted.leafKeyPem) }).expect(400);
    expect(res.body).to.deep.equal({ code: 'certificate_invalid', error: 'the signing certificate chain does not lead to a trusted root' });
  });

  it('refuses a signing certificate that does not name echo-api.amazon.com', async () => {
    const app = await appServing(() => otherName.chainPem);
    const body = launch();
    const res = await post(app, body, { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body, otherName.leafKeyPem) }).expect(400);
    expect(res.body.error).to.include('echo-api.amazon.com');
  });

  it('refuses a chain without its intermediate', async () => {
    const leafOnly = () => chain.chainPem.slice(0, chain.chainPem.indexOf('-----END CERTIFICATE-----') + 25);
    const app = await appServing(leafOnly);
    const body = launch();
    const res = await post(app, body, { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body) }).expect(400);
    expect(res.body.code).to.equal('certificate_invalid');
  });

  it('refuses what the URL serves when it is not a certificate', async () => {
    const app = await appServing(() => '<html>not found</html>');
    const body = launch();
    const res = await post(app, body, { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body) }).expect(400);
    expect(res.body.code).to.equal('certificate_invalid');
  });

  for (const [offset, what] of [[-151_000, 'more than 150 s old'], [151_000, 'more than 150 s in the future'], [3_600_000, 'an hour in the future']] as const) {
    it(`refuses a correctly signed request whose timestamp is ${what}`, async () => {
      const app = await appServing(() => chain.chainPem);
      const body = launch(new Date(NOW + offset));
      const res = await post(app, body, { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body) }).expect(400);
      expect(res.body.code).to.equal('timestamp_invalid');
    });
  }

  it('accepts a timestamp 100 s in the future (clocks differ a little)', async () => {
    const app = await appServing(() => chain.chainPem);
    const body = launch(new Date(NOW + 100_000));
    await post(app, body, { SignatureCertChainUrl: GOOD_URL, 'Signature-256': sign(body) }).expect(200);
  });

  it('refuses a request without signature headers before reading its body', async () => {
    const app = await appServing(() => chain.chainPem);
    const res = await post(app, '{not json', {}).expect(400);
    expect(res.body.code).to.equal('signature_missing');
  });

  it('normalises the URL the way WHATWG URL parsing does (dot segments resolved, host lower-cased, port 443 dropped)', () => {
    expect(normaliseCertUrl('https://S3.amazonaws.com:443/echo.api/./a/../cert.pem').href).to.equal('https://s3.amazonaws.com/echo.api/cert.pem');
  });
});
