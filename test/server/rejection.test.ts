// The server's refusals: nesting measured without recursion, and Node's own parser errors answered as JSON.
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import express from 'express';
import { httpServer } from '../../lambda/server/http-server.js';
import { nestsDeeperThan } from '../../lambda/server/rejection.js';

describe('server refusals', () => {
  it('measures nesting without overflowing the stack, at any depth', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(nestsDeeperThan(deep, 64)).to.equal(true);
    expect(nestsDeeperThan({ a: [{ b: [1, 2] }] }, 64)).to.equal(false);
    expect(nestsDeeperThan('x', 0)).to.equal(false);
  });

  async function rawExchange(request: string): Promise<string> {
    const server = httpServer(express());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      return await new Promise<string>((resolve, reject) => {
        const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () => socket.write(request));
        let answer = '';
        socket.on('data', (chunk) => { answer += chunk.toString(); });
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    } finally {
      server.close();
    }
  }

  it('answers oversized headers with 431 and a JSON body', async () => {
    const answer = await rawExchange(`GET / HTTP/1.1\r\nHost: x\r\nX-Pad: ${'p'.repeat(20_000)}\r\n\r\n`);
    expect(answer).to.match(/^HTTP\/1\.1 431 /);
    expect(answer).to.include('application/json');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).to.deep.equal({ error: 'the request headers are too large', code: 'headers_too_large' });
  });

  it('answers a request that is not HTTP with 400 and a JSON body', async () => {
    const answer = await rawExchange('HELLO THERE\r\n\r\n');
    expect(answer).to.match(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).code).to.equal('bad_http');
  });
});
