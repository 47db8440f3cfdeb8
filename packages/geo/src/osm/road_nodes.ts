import { barrierAccess } from './barrier_access.ts';
import { NodePositions } from './node_positions.ts';

/**
 * The nodes a road collector keeps: their positions (NodePositions) and the access of the barrier nodes among
 * them, the two things wayPieces needs to turn a way's refs into roads.
 *
 * @example const n = new RoadNodes(); n.add(1, 115, -8, { barrier: 'gate' }); n.position(1); n.barriers.get(1)
 */
export class RoadNodes {
  private readonly positions = new NodePositions();
  readonly barriers = new Map<number, string>();

  get size(): number {
    return this.positions.size;
  }

  add(id: number, lon: number, lat: number, tags: Readonly<Record<string, string>> | null): void {
    this.positions.set(id, lon, lat);
    if (tags?.barrier !== undefined) {
      const access = barrierAccess(tags);
      if (access !== null) this.barriers.set(id, access);
    }
  }

  has(id: number): boolean {
    return this.positions.slot(id) >= 0;
  }

  /** The node's [lon, lat], null when it was not kept. */
  readonly position = (id: number): [number, number] | null => {
    const s = this.positions.slot(id);
    return s < 0 ? null : [this.positions.lon(s), this.positions.lat(s)];
  };
}
