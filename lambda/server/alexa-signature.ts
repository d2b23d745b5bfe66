// Amazon's checks on a request to an Alexa skill hosted as a web service: the signing certificate's URL (normalised
// first, as Amazon's rules say), the certificate chain up to a trusted root, the SAN echo-api.amazon.com, the
// Signature-256 of the raw body, and the timestamp within 150 s either way. node:crypto does the cryptography;
// the roots and the certificate fetch can be replaced, which is how the tests use a locally made chain.
import { X509Certificate, verify as verifySignature } from 'node:crypto';
import { get } from 'node:https';
import { rootCertificates } from 'node:tls';
import { Rejection } from './rejection.js';

export const CERT_HOST = 's3.amazonaws.com';
export const CERT_PATH_PREFIX = '/echo.api/';
export const SIGNING_DOMAIN = 'echo-api.amazon.com';
export const TIMESTAMP_TOLERANCE_MS = 150_000;
const MAX_CERT_BYTES = 64 * 1024;
const CACHE_SIZE = 16;

const refuse = (code: string, message: string) => new Rejection(400, code, message);

/** The certificate URL after resolving "." and ".." segments, or a refusal: https, host s3.amazonaws.com (any
 * case), port 443 if one is given, path starting /echo.api/ (case-sensitive), no user info. */
export function normaliseCertUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refuse('certificate_url_invalid', 'SignatureCertChainUrl is not a URL');
  }
  // WHATWG URL parsing lower-cases the scheme and host, drops a default port and resolves dot segments
  // (also percent-encoded ones), which is the normalisation Amazon asks for.
  if (url.protocol !== 'https:') throw refuse('certificate_url_invalid', 'SignatureCertChainUrl must use https');
  if (url.hostname !== CERT_HOST) throw refuse('certificate_url_invalid', `SignatureCertChainUrl must be on ${CERT_HOST}`);
  if (url.port !== '' && url.port !== '443') throw refuse('certificate_url_invalid', 'SignatureCertChainUrl must use port 443');
  if (url.username || url.password) throw refuse('certificate_url_invalid', 'SignatureCertChainUrl must not carry user info');
  if (!url.pathname.startsWith(CERT_PATH_PREFIX)) throw refuse('certificate_url_invalid', `SignatureCertChainUrl path must start with ${CERT_PATH_PREFIX}`);
  return url;
}

/** The request's timestamp within the tolerance of now, in the past or in the future. */
export function checkTimestamp(timestamp: unknown, now: number): void {
  const at = typeof timestamp === 'string' ? Date.parse(timestamp) : NaN;
  if (Number.isNaN(at)) throw refuse('timestamp_invalid', 'the request has no readable timestamp');
  if (Math.abs(now - at) > TIMESTAMP_TOLERANCE_MS) throw refuse('timestamp_invalid', 'the request timestamp is more than 150 seconds from now');
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The signature headers, present and readable, before anything is fetched. */
export function signatureHeaders(headers: Record<string, string | string[] | undefined>): { certUrl: string; signature: Buffer } {
  const certUrl = header(headers, 'SignatureCertChainUrl');
  const signature = header(headers, 'Signature-256');
  if (!certUrl) throw refuse('signature_missing', 'the request has no SignatureCertChainUrl header');
  if (!signature) throw refuse('signature_missing', 'the request has no Signature-256 header');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) throw refuse('signature_invalid', 'Signature-256 is not base64');
  return { certUrl, signature: Buffer.from(signature, 'base64') };
}

function fetchOverHttps(url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = get(url, { timeout: 5000 }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`certificate fetch answered ${res.statusCode}`));
        return;
      }
      let size = 0;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CERT_BYTES) request.destroy(new Error('certificate chain too large'));
        else chunks.push(chunk);
      });
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('certificate fetch timed out')));
    request.on('error', reject);
  });
}

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function withinValidity(cert: X509Certificate, now: number): boolean {
  return Date.parse(cert.validFrom) <= now && now <= Date.parse(cert.validTo);
}

export interface SignatureVerifierOptions {
  /** Trusted root certificates (PEM); Node's bundled Mozilla roots by default. */
  trustedRoots?: readonly string[];
  /** Fetches the chain at an already-checked URL; HTTPS by default. */
  fetchCertificate?: (url: URL) => Promise<string>;
  now?: () => number;
}

export class AlexaSignatureVerifier {
  private readonly roots: readonly X509Certificate[];
  private readonly fetchCertificate: (url: URL) => Promise<string>;
  private readonly now: () => number;
  /** Validated signing certificates by URL; only successes are kept, and only a few. */
  private readonly cache = new Map<string, X509Certificate>();

  constructor(options: SignatureVerifierOptions = {}) {
    this.roots = (options.trustedRoots ?? rootCertificates).flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return [];
      }
    });
    this.fetchCertificate = options.fetchCertificate ?? fetchOverHttps;
    this.now = options.now ?? Date.now;
  }

  /** Throws a Rejection unless `body` carries a valid Amazon signature and a timestamp close to now. */
  async verify(body: Buffer, timestamp: unknown, headers: Record<string, string | string[] | undefined>): Promise<void> {
    const { certUrl, signature } = signatureHeaders(headers);
    checkTimestamp(timestamp, this.now());
    const url = normaliseCertUrl(certUrl);
    const signer = await this.signingCertificate(url);
    let valid: boolean;
    try {
      valid = verifySignature('sha256', body, signer.publicKey, signature);
    } catch {
      valid = false;
    }
    if (!valid) throw refuse('signature_invalid', 'the body does not match its Signature-256');
  }

  private async signingCertificate(url: URL): Promise<X509Certificate> {
    const cached = this.cache.get(url.href);
    if (cached && withinValidity(cached, this.now())) return cached;
    let pem: string;
    try {
      pem = await this.fetchCertificate(url);
    } catch {
      throw refuse('certificate_invalid', 'the signing certificate could not be fetched');
    }
    const signer = this.validateChain(pem);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(url.href, signer);
    return signer;
  }

  /** The leaf of a chain that is in date, names echo-api.amazon.com, and leads to a trusted root. */
  private validateChain(pem: string): X509Certificate {
    let chain: X509Certificate[];
    try {
      chain = (pem.match(PEM) ?? []).map((block) => new X509Certificate(block));
    } catch {
      throw refuse('certificate_invalid', 'the signing certificate chain is not readable');
    }
    if (!chain.length) throw refuse('certificate_invalid', 'the signing certificate chain is empty');
    const now = this.now();
    const [leaf] = chain;
    if (!chain.every((cert) => withinValidity(cert, now))) throw refuse('certificate_invalid', 'a certificate in the chain is expired or not yet valid');
    const names = (leaf.subjectAltName ?? '').split(/,\s*/);
    if (!names.includes(`DNS:${SIGNING_DOMAIN}`)) throw refuse('certificate_invalid', `the signing certificate does not name ${SIGNING_DOMAIN}`);
    for (let i = 0; i + 1 < chain.length; i++) {
      const issuer = chain[i + 1];
      if (!issuer.ca || !chain[i].checkIssued(issuer) || !chain[i].verify(issuer.publicKey)) {
        throw refuse('certificate_invalid', 'the signing certificate chain is broken');
      }
    }
    const top = chain[chain.length - 1];
    const trusted = this.roots.some((root) => root.fingerprint256 === top.fingerprint256
      || (root.ca && withinValidity(root, now) && top.checkIssued(root) && top.verify(root.publicKey)));
    if (!trusted) throw refuse('certificate_invalid', 'the signing certificate chain does not lead to a trusted root');
    return leaf;
  }
}
