/** The GET/POST/PATCH/DELETE shortcuts of a test client, given its one `call`. */
export function withVerbs<T>(
  call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>,
) {
  return {
    call,
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
  };
}
