import { request } from 'node:http';
import { withVerbs } from './with_verbs.ts';

export interface SocketAnswer {
  status: number;
  headers: Headers;
  /** Each Set-Cookie header as sent. */
  cookies: string[];
  json: unknown;
  text: string;
}

/**
 * A client of a listening server over a real TCP connection (one per request, no keep-alive), sent from the
 * local address `from` (any of 127.0.0.0/8 on Linux), so the server sees that as the remote address.
 * `credentials` go with every request: an `authorization` Bearer header, or a session `cookie` and its
 * `x-csrf-token`.
 */
export function socketClient(base: string, credentials: Record<string, string> = {}, from = '127.0.0.1') {
  function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<SocketAnswer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const sent: Record<string, string> = { ...credentials, ...headers };
    if (payload !== undefined) sent['content-type'] = 'application/json';
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, base), { method, headers: sent, localAddress: from, agent: false });
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
      req.once('error', reject);
      req.once('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('error', reject);
        res.once('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (typeof value === 'string') answerHeaders.set(name, value);
          }
          const json: unknown = answerHeaders.get('content-type')?.includes('json')
            ? JSON.parse(text)
            : undefined;
          resolve({
            status: res.statusCode ?? 0,
            headers: answerHeaders,
            cookies: res.headers['set-cookie'] ?? [],
            json,
            text,
          });
        });
      });
      req.end(payload);
    });
  }
  return withVerbs(call);
}

export type SocketClient = ReturnType<typeof socketClient>;
