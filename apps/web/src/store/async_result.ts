/** The state of an answer the Worker computes; the last good value stays while a newer one is on its way. */
export type AsyncResult<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | null }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string; previous: T | null };

export const IDLE = { status: 'idle' } as const;

/** The newest value to show: the ready one, or the one kept while loading or after an error. */
export function shownValue<T>(r: AsyncResult<T>): T | null {
  switch (r.status) {
    case 'idle':
      return null;
    case 'ready':
      return r.value;
    case 'loading':
    case 'error':
      return r.previous;
    default:
      return r satisfies never;
  }
}

export function loading<T>(r: AsyncResult<T>): AsyncResult<T> {
  return { status: 'loading', previous: shownValue(r) };
}

export function failed<T>(r: AsyncResult<T>, message: string): AsyncResult<T> {
  return { status: 'error', message, previous: shownValue(r) };
}
