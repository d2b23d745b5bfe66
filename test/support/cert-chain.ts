// The certificate chains of the signature tests: a root CA, an intermediate, and a signing certificate naming
// echo-api.amazon.com (or another name). Made once with the openssl command line and kept in
// test/fixtures/alexa-signature/chains.json, so a test run spends nothing on key generation; the tests verify at the
// fixed moment the file records (`now`), inside every certificate's validity, so the file never expires.
// Made again with `npx tsx test/support/cert-chain.ts` (only needed if the chains must change).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAsScript } from '../../scripts/run-as-script.js';

export interface Chain {
  rootPem: string;
  /** The leaf then the intermediate, as Amazon serves it. */
  chainPem: string;
  leafKeyPem: string;
}

/** The chains the signature tests use, and the moment they verify at. */
export interface TestChains {
  /** An hour after the chains were made: every certificate is valid then. */
  now: string;
  /** A good chain for echo-api.amazon.com. */
  chain: Chain;
  /** A chain of its own for another name (evil.example.com). */
  otherName: Chain;
  /** A good-looking chain under a root the verifier does not trust. */
  untrusted: Chain;
}

export const CHAINS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'alexa-signature', 'chains.json');

export function readTestChains(): TestChains {
  return JSON.parse(readFileSync(CHAINS_FILE, 'utf8')) as TestChains;
}

export function makeChain({ san = 'echo-api.amazon.com', leafDays = 30 } = {}): Chain {
  const dir = mkdtempSync(join(tmpdir(), 'chain-'));
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  try {
    writeFileSync(join(dir, 'ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
    writeFileSync(join(dir, 'leaf.ext'), `basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nsubjectAltName=DNS:${san}\n`);
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'root.key', '-out', 'root.pem', '-days', '3650', '-subj', '/CN=Test Root',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'int.key', '-out', 'int.csr', '-subj', '/CN=Test Intermediate');
    ssl('x509', '-req', '-in', 'int.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-out', 'int.pem', '-days', '3650', '-extfile', 'ca.ext');
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', `/CN=${san}`);
    ssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'int.pem', '-CAkey', 'int.key', '-CAcreateserial', '-out', 'leaf.pem', '-days', String(leafDays), '-extfile', 'leaf.ext');
    const read = (f: string) => readFileSync(join(dir, f), 'utf8');
    return { rootPem: read('root.pem'), chainPem: read('leaf.pem') + read('int.pem'), leafKeyPem: read('leaf.key') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runAsScript(import.meta.url, async () => {
  const chains: TestChains = {
    now: new Date(Date.now() + 3_600_000).toISOString(),
    chain: makeChain(),
    otherName: makeChain({ san: 'evil.example.com' }),
    untrusted: makeChain(),
  };
  writeFileSync(CHAINS_FILE, `${JSON.stringify(chains, null, 2)}\n`);
  console.log(`wrote ${CHAINS_FILE}`);
  return 0;
});
