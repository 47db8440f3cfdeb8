import type { Duplex } from 'node:stream';
import type { ErrorEnvelope } from '@siaga/schema';

/** Request line plus headers the server reads; beyond it Node refuses the request before any route runs. */
export const maxHeaderBytes = 256 * 1024;

/**
 * Node's `clientError`: a request it cannot parse (headers over maxHeaderBytes, a malformed request line) would
 * get a bare status line or a reset; this answers with the error envelope and closes the connection.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body: ErrorEnvelope = {
    error: tooLarge
      ? {
          code: 'headers_too_large',
          message: `The request line and headers are larger than ${maxHeaderBytes / 1024} KB`,
          details: [],
        }
      : { code: 'bad_request', message: 'The HTTP request could not be read', details: [] },
  };
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      'Content-Type: application/json; charset=UTF-8\r\n' +
      `Content-Length: ${Buffer.byteLength(json)}\r\n` +
      'Connection: close\r\n\r\n' +
      json,
  );
}
