// The Node HTTP server around the app: a bounded header size, and Node's own refusals (431, 400) answered as JSON.
import { createServer, type Server } from 'node:http';
import type { Express } from 'express';
import { answerClientError, MAX_HEADER_BYTES } from './rejection.js';

export function httpServer(app: Express): Server {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
  server.on('clientError', answerClientError);
  return server;
}
