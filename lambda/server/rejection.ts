// Every refusal the server gives is JSON with a stable code, whoever refuses: our checks, the body parsers, or
// Node's HTTP parser itself (oversized headers, malformed requests).
import type { Socket } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

/** A request refused for a reason the caller can fix; `code` is stable, `message` is for people. */
export class Rejection extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function reject(res: Response, rejection: Rejection): void {
  res.status(rejection.status).json({ error: rejection.message, code: rejection.code });
}

/** Largest header block accepted; Node answers anything larger itself, through answerClientError below. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** Largest body either endpoint reads: a real Alexa or Dialogflow request is a few kilobytes. */
export const MAX_BODY = '256kb';
/** Deepest JSON nesting either endpoint reads: real requests stay under ten levels. */
export const MAX_JSON_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max` (iterative, so no depth can overflow the stack). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** body-parser's error types and what the caller is told. */
const BODY_ERRORS: ReadonlyMap<string, [number, string, string]> = new Map([
  ['entity.parse.failed', [400, 'bad_json', 'the body is not valid JSON']],
  ['entity.too.large', [413, 'body_too_large', 'the body is too large']],
  ['entity.verify.failed', [400, 'bad_request', 'the body was refused']],
  ['encoding.unsupported', [415, 'unsupported_encoding', 'the content encoding is not supported']],
  ['charset.unsupported', [415, 'unsupported_charset', 'the charset is not supported']],
  ['request.aborted', [400, 'request_aborted', 'the request was aborted']],
  ['request.size.invalid', [400, 'bad_content_length', 'the body does not match its Content-Length']],
  ['stream.encoding.set', [400, 'bad_request', 'the request could not be read']],
  ['stream.not.readable', [400, 'bad_request', 'the request could not be read']],
]);

/** The app's last error handler: parser failures as JSON 4xx; anything else is ours, logged, and a JSON 500. */
export function errorHandler(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(err);
    return;
  }
  const e = (err ?? {}) as { type?: string; status?: number; message?: string };
  const known = e.type ? BODY_ERRORS.get(e.type) : undefined;
  if (known) reject(res, new Rejection(...known));
  else if (err instanceof Rejection) reject(res, err);
  else if (e.status && e.status >= 400 && e.status < 500) reject(res, new Rejection(e.status, 'bad_request', 'the request could not be read'));
  else {
    console.error(JSON.stringify({ level: 'error', where: 'server', error: e.message ?? String(err) }));
    reject(res, new Rejection(500, 'internal', 'the server failed'));
  }
}

/** Node's HTTP server 'clientError' listener: what its parser refuses (431, 400) answered as JSON, not an empty page. */
export function answerClientError(err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || (err.code === 'ECONNRESET')) {
    socket.destroy();
    return;
  }
  const [status, reason, code, message] = err.code === 'HPE_HEADER_OVERFLOW'
    ? [431, 'Request Header Fields Too Large', 'headers_too_large', 'the request headers are too large']
    : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'request_timeout', 'the request took too long to arrive']
      : [400, 'Bad Request', 'bad_http', 'the request is not valid HTTP'];
  const body = JSON.stringify({ error: message, code });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
