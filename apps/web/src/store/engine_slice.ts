import type { StateCreator } from 'zustand';
import type { NetworkInfo } from '../worker/protocol.ts';

export type NetworkState =
  | { status: 'idle' }
  | { status: 'loading'; previous: NetworkInfo | null }
  | { status: 'ready'; info: NetworkInfo; ms: number }
  | { status: 'error'; message: string };

/** The posts, caches, areas and hazards the Worker computes with. */
export type ContextState =
  | { status: 'idle' }
  | { status: 'sending' }
  | { status: 'ready' }
  | { status: 'error'; message: string };

export interface EngineSlice {
  network: NetworkState;
  /** Bumped to ask the Worker to fetch graph.bin again (it sends the known ETag, so an unchanged network costs a 304). */
  networkRequest: number;
  context: ContextState;
  /** Bumped to replace the engine Worker (a cancelled exact search): the network and context are sent again. */
  engineRestarts: number;
  setNetwork(network: NetworkState): void;
  refreshNetwork(): void;
  setContext(context: ContextState): void;
}

export const createEngineSlice: StateCreator<EngineSlice, [], [], EngineSlice> = (set) => ({
  network: { status: 'idle' },
  networkRequest: 0,
  context: { status: 'idle' },
  engineRestarts: 0,
  setNetwork: (network) => set({ network }),
  refreshNetwork: () => set((s) => ({ networkRequest: s.networkRequest + 1 })),
  setContext: (context) => set({ context }),
});
