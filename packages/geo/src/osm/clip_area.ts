/** Polygons as GeoJSON MultiPolygon coordinates: polygons, each an outer ring and holes, of [lon, lat]. */
export type ClipPolygons = readonly (readonly (readonly (readonly number[])[])[])[];

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_AT_EQUATOR = 111.32;
/** Each grid cell is split into FINE × FINE smaller cells, judged the first time a point falls in one. */
const FINE = 16;
const KEEP = 1;
const DROP = 2;
const MIXED = 3;

/**
 * The area an import keeps: a polygon (or several, with holes) grown by a buffer in kilometres. `contains` is
 * called for every node of a regional extract (100 million and more), so it answers most points from a grid:
 * a point outside the buffered bounding box is refused at once; inside it, the point's cell (about the size of
 * the buffer) and then its sub-cell (1/16 of that) are judged once, from the distance of their centre to the
 * boundary, as wholly kept, wholly dropped, or mixed; only points in a mixed sub-cell (along the boundary and
 * along the buffer's edge) are tested exactly, against the few boundary edges listed for their cell.
 *
 * Distances are measured in a plane projection at the area's middle latitude (an error under 1 % of the buffer
 * for an area up to 10° tall, e.g. all of Bali or Nusa Tenggara).
 *
 * @example new ClipArea([[[[115, -8.4], [115.5, -8.4], [115.5, -8], [115, -8], [115, -8.4]]]], 5).contains(115.2, -8.2) // true
 */
export class ClipArea {
  /** The buffered bounding box in degrees: [west, south, east, north]. */
  readonly bbox: [number, number, number, number];
  private readonly lon0: number;
  private readonly lat0: number;
  private readonly kx: number;
  /** Edges in km: x1, y1, x2, y2 each. */
  private readonly edges: Float64Array;
  private readonly buffer: number;
  private readonly gx0: number;
  private readonly gy0: number;
  private readonly cell: number;
  private readonly nx: number;
  private readonly ny: number;
  /** Edges near each cell (CSR: cellStart[c]..cellStart[c + 1] into cellEdges). */
  private readonly cellStart: Int32Array;
  private readonly cellEdges: Int32Array;
  private readonly cellInside: Uint8Array;
  private readonly cellState: Uint8Array;
  private readonly fine = new Map<number, Uint8Array>();

  constructor(polygons: ClipPolygons, bufferKm: number) {
    if (!(bufferKm >= 0)) throw new RangeError('the buffer must be 0 km or more');
    const rings = polygons.flatMap((p) => p.filter((r) => r.length >= 3));
    if (rings.length === 0) throw new RangeError('the clip area has no polygon');
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of rings) {
      for (const [lon = Number.NaN, lat = Number.NaN] of ring) {
        if (!Number.isFinite(lon) || !Number.isFinite(lat))
          throw new RangeError('the clip area has a bad position');
        w = Math.min(w, lon);
        e = Math.max(e, lon);
        s = Math.min(s, lat);
        n = Math.max(n, lat);
      }
    }
    this.lon0 = (w + e) / 2;
    this.lat0 = (s + n) / 2;
    this.kx = KM_PER_DEG_LON_AT_EQUATOR * Math.cos((this.lat0 * Math.PI) / 180);
    this.buffer = bufferKm;
    this.bbox = [
      w - bufferKm / this.kx,
      s - bufferKm / KM_PER_DEG_LAT,
      e + bufferKm / this.kx,
      n + bufferKm / KM_PER_DEG_LAT,
    ];
    this.edges = this.projectEdges(rings);
    const [x0, y0] = this.project(this.bbox[0], this.bbox[1]);
    const [x1, y1] = this.project(this.bbox[2], this.bbox[3]);
    const extent = Math.max(x1 - x0, y1 - y0, 1e-6);
    this.cell = Math.max(bufferKm, extent / 64);
    this.gx0 = x0;
    this.gy0 = y0;
    this.nx = Math.max(1, Math.ceil((x1 - x0) / this.cell));
    this.ny = Math.max(1, Math.ceil((y1 - y0) / this.cell));
    [this.cellStart, this.cellEdges] = this.bucketEdges();
    this.cellInside = this.cellCentresInside();
    this.cellState = new Uint8Array(this.nx * this.ny);
  }

  contains(lon: number, lat: number): boolean {
    // Written so that NaN is refused too.
    if (!(lon >= this.bbox[0] && lon <= this.bbox[2] && lat >= this.bbox[1] && lat <= this.bbox[3]))
      return false;
    const [x, y] = this.project(lon, lat);
    const i = Math.min(this.nx - 1, Math.floor((x - this.gx0) / this.cell));
    const j = Math.min(this.ny - 1, Math.floor((y - this.gy0) / this.cell));
    const c = j * this.nx + i;
    let state = this.cellState[c] ?? 0;
    if (state === 0) {
      const [cx, cy] = this.centre(i, j);
      state = this.judge(c, cx, cy, this.cellInside[c] === 1, this.cell * Math.SQRT1_2);
      this.cellState[c] = state;
    }
    if (state !== MIXED) return state === KEEP;
    const size = this.cell / FINE;
    const fi = Math.min(FINE - 1, Math.floor((x - this.gx0 - i * this.cell) / size));
    const fj = Math.min(FINE - 1, Math.floor((y - this.gy0 - j * this.cell) / size));
    let fine = this.fine.get(c);
    if (fine === undefined) {
      fine = new Uint8Array(FINE * FINE);
      this.fine.set(c, fine);
    }
    let fineState = fine[fj * FINE + fi] ?? 0;
    if (fineState === 0) {
      const fx = this.gx0 + i * this.cell + (fi + 0.5) * size;
      const fy = this.gy0 + j * this.cell + (fj + 0.5) * size;
      fineState = this.judge(c, fx, fy, this.insideFrom(c, i, j, fx, fy), size * Math.SQRT1_2);
      fine[fj * FINE + fi] = fineState;
    }
    if (fineState !== MIXED) return fineState === KEEP;
    return this.insideFrom(c, i, j, x, y) || this.distance(c, x, y) <= this.buffer;
  }

  private project(lon: number, lat: number): [number, number] {
    return [(lon - this.lon0) * this.kx, (lat - this.lat0) * KM_PER_DEG_LAT];
  }

  private centre(i: number, j: number): [number, number] {
    return [this.gx0 + (i + 0.5) * this.cell, this.gy0 + (j + 0.5) * this.cell];
  }

  private projectEdges(rings: readonly (readonly (readonly number[])[])[]): Float64Array {
    const out: number[] = [];
    for (const ring of rings) {
      const closed = ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1];
      const count = closed ? ring.length - 1 : ring.length;
      for (let k = 0; k < count; k++) {
        const a = ring[k] ?? [];
        const b = ring[(k + 1) % ring.length] ?? [];
        out.push(...this.project(a[0] ?? 0, a[1] ?? 0), ...this.project(b[0] ?? 0, b[1] ?? 0));
      }
    }
    return Float64Array.from(out);
  }

  /** Lists each edge in every cell its bounding box, grown by the buffer, touches. */
  private bucketEdges(): [Int32Array, Int32Array] {
    const count = new Int32Array(this.nx * this.ny + 1);
    const range = (k: number): [number, number, number, number] => {
      const e = this.edges;
      const b = this.buffer;
      const cellOf = (v: number, v0: number, n: number): number =>
        Math.max(0, Math.min(n - 1, Math.floor((v - v0) / this.cell)));
      return [
        cellOf(Math.min(e[k] ?? 0, e[k + 2] ?? 0) - b, this.gx0, this.nx),
        cellOf(Math.min(e[k + 1] ?? 0, e[k + 3] ?? 0) - b, this.gy0, this.ny),
        cellOf(Math.max(e[k] ?? 0, e[k + 2] ?? 0) + b, this.gx0, this.nx),
        cellOf(Math.max(e[k + 1] ?? 0, e[k + 3] ?? 0) + b, this.gy0, this.ny),
      ];
    };
    const each = (visit: (cell: number, edge: number) => void): void => {
      for (let k = 0; k < this.edges.length; k += 4) {
        const [i0, j0, i1, j1] = range(k);
        for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) visit(j * this.nx + i, k);
      }
    };
    each((c) => {
      count[c + 1] = (count[c + 1] ?? 0) + 1;
    });
    for (let c = 0; c < this.nx * this.ny; c++) count[c + 1] = (count[c + 1] ?? 0) + (count[c] ?? 0);
    const fill = count.slice(0, -1);
    const edges = new Int32Array(count[this.nx * this.ny] ?? 0);
    each((c, k) => {
      edges[fill[c] ?? 0] = k;
      fill[c] = (fill[c] ?? 0) + 1;
    });
    return [count, edges];
  }

  /** Whether each cell's centre is inside, by one horizontal scan line per row of cells (even-odd rule). */
  private cellCentresInside(): Uint8Array {
    const inside = new Uint8Array(this.nx * this.ny);
    const e = this.edges;
    for (let j = 0; j < this.ny; j++) {
      const y = this.centre(0, j)[1];
      const xs: number[] = [];
      for (let k = 0; k < e.length; k += 4) {
        const y1 = e[k + 1] ?? 0;
        const y2 = e[k + 3] ?? 0;
        if (y1 > y !== y2 > y) {
          const x1 = e[k] ?? 0;
          xs.push(x1 + ((y - y1) / (y2 - y1)) * ((e[k + 2] ?? 0) - x1));
        }
      }
      xs.sort((a, b) => a - b);
      let crossed = 0;
      for (let i = 0; i < this.nx; i++) {
        const x = this.centre(i, j)[0];
        while (crossed < xs.length && (xs[crossed] ?? 0) < x) crossed++;
        inside[j * this.nx + i] = crossed % 2;
      }
    }
    return inside;
  }

  /**
   * KEEP, DROP or MIXED for a square of half-diagonal `h` centred on (x, y) in cell c. Every edge not listed
   * for the cell is more than the buffer away from all of it, so the listed ones decide.
   */
  private judge(c: number, x: number, y: number, inside: boolean, h: number): number {
    const d = this.distance(c, x, y);
    if (d <= h) return 2 * h <= this.buffer ? KEEP : MIXED;
    if (inside || d + h <= this.buffer) return KEEP;
    return d - h > this.buffer ? DROP : MIXED;
  }

  /** Whether (x, y) in cell (i, j) is inside: the cell centre's answer, flipped by each edge crossed on the way. */
  private insideFrom(c: number, i: number, j: number, x: number, y: number): boolean {
    const [ax, ay] = this.centre(i, j);
    let inside = this.cellInside[c] === 1;
    const e = this.edges;
    for (let m = this.cellStart[c] ?? 0; m < (this.cellStart[c + 1] ?? 0); m++) {
      const k = this.cellEdges[m] ?? 0;
      const x1 = e[k] ?? 0;
      const y1 = e[k + 1] ?? 0;
      const x2 = e[k + 2] ?? 0;
      const y2 = e[k + 3] ?? 0;
      if (
        orient(ax, ay, x, y, x1, y1) > 0 !== orient(ax, ay, x, y, x2, y2) > 0 &&
        orient(x1, y1, x2, y2, ax, ay) > 0 !== orient(x1, y1, x2, y2, x, y) > 0
      )
        inside = !inside;
    }
    return inside;
  }

  /** Distance (km) from (x, y) to the nearest edge listed for cell c; Infinity when none is. */
  private distance(c: number, x: number, y: number): number {
    let best = Infinity;
    const e = this.edges;
    for (let m = this.cellStart[c] ?? 0; m < (this.cellStart[c + 1] ?? 0); m++) {
      const k = this.cellEdges[m] ?? 0;
      const x1 = e[k] ?? 0;
      const y1 = e[k + 1] ?? 0;
      const dx = (e[k + 2] ?? 0) - x1;
      const dy = (e[k + 3] ?? 0) - y1;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
      const px = x1 + t * dx - x;
      const py = y1 + t * dy - y;
      best = Math.min(best, px * px + py * py);
    }
    return Math.sqrt(best);
  }
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}
