import { connect } from 'node:net';
import { type RunningServer, start } from '@siaga/api';
import { ErrorEnvelope } from '@siaga/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: RunningServer;

beforeAll(async () => {
  server = await start({
    port: 0,
    dataDir: 'memory://',
    databaseUrl: process.env.DATABASE_URL,
    seed: false,
    webDist: null,
    log: () => {},
  });
});

afterAll(() => server?.close());

/** Sends raw bytes and reads the whole answer until the server closes the connection. */
function rawRequest(request: string): Promise<{ status: number; body: unknown }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(body) });
    });
    socket.end(request);
  });
}

describe('requests larger than the server reads', () => {
  it('a 100 KB path answers 414 with the envelope', async () => {
    const answer = await rawRequest(
      `GET /api/${'a'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(414);
    expect(ErrorEnvelope.parse(answer.body).error.code).toBe('uri_too_long');
  });

  it('headers over 256 KB answer 431 with the envelope instead of a reset', async () => {
    const answer = await rawRequest(
      `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(300_000)}\r\n\r\n`,
    );
    expect(answer.status).toBe(431);
    expect(ErrorEnvelope.parse(answer.body).error.code).toBe('headers_too_large');
  });
});
