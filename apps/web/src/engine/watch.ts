import { shallow } from 'zustand/vanilla/shallow';

export interface Watchable<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/**
 * Calls `onChange` now and whenever the selected inputs change (compared shallowly by default), and not for
 * any other write to the store: an answer written back does not wake the code that asked for it.
 * @example watch(store, (s) => [s.panel, s.plan], ([panel, plan]) => ask(panel, plan))
 */
export function watch<S, T>(
  store: Watchable<S>,
  select: (state: S) => T,
  onChange: (selected: T) => void,
  equal: (a: T, b: T) => boolean = shallow,
): () => void {
  let last = select(store.getState());
  onChange(last);
  return store.subscribe((state) => {
    const next = select(state);
    if (equal(last, next)) return;
    last = next;
    onChange(next);
  });
}
