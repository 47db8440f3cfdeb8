import { createContext, useContext } from 'react';
import type { MapAdapter } from './map_adapter.ts';

/** The live map, for components that need to act on it; null until the map view has created it. */
export const MapContext = createContext<MapAdapter | null>(null);

export function useMapAdapter(): MapAdapter | null {
  return useContext(MapContext);
}
