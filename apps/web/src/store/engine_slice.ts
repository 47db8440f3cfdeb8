import type { StateCreator } from 'zustand';
import type { NetworkInfo } from '../worker/protocol.ts';

export type NetworkState =
  | { status: 'idle' }
  | { status: 'loading'; previous: NetworkInfo | null }
  | { status: 'ready'; info: NetworkInfo; ms: number }
  | { status: 'error'; message: string };

export interface EngineSlice {
  network: NetworkState;
  /** Bumped to ask the Worker to fetch graph.bin again (it sends the known ETag, so an unchanged network costs a 304). */
  networkRequest: number;
  /** True once the Worker holds the current posts, caches, areas and hazards. */
  contextReady: boolean;
  setNetwork(network: NetworkState): void;
  refreshNetwork(): void;
  setContextReady(ready: boolean): void;
}

export const createEngineSlice: StateCreator<EngineSlice, [], [], EngineSlice> = (set) => ({
  network: { status: 'idle' },
  networkRequest: 0,
  contextReady: false,
  setNetwork: (network) => set({ network }),
  refreshNetwork: () => set((s) => ({ networkRequest: s.networkRequest + 1 })),
  setContextReady: (contextReady) => set({ contextReady }),
});
