import { closeSync, openSync, writeSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import Pbf from 'pbf';
import {
  deltas,
  framedBlob,
  headerBlock,
  StringTable,
  writeStrings,
  writeWay,
} from '../test/support/pbf_writer.ts';
import { prng } from '../test/unit/geo/random_network.ts';

/**
 * Writes a large synthetic, sorted .osm.pbf (all nodes, then all ways, in blocks of 8,000 as osmium writes
 * them) straight to a file, one block at a time, so a 1 GB file is made without holding it in memory. The world
 * is lon 110..120, lat -10..-6 (Java to Flores) strewn with "streets": random walks of 31 nodes with 50 m steps,
 * cut into 5 highway ways that share their end nodes, each with 8 buildings of 4 nodes (closed ways). Positions
 * keep all 7 decimals, as real OSM data does, and nodes carry version, timestamp and changeset, so the file has
 * about as many bytes per node as a Geofabrik extract (the planet file: 8.4).
 *
 * Usage: node --import tsx bench/make_big_pbf.ts OUT.osm.pbf [--size-mb 1024]
 */

const STREET_NODES = 31;
const WAYS_PER_STREET = 5;
const BUILDINGS = 8;
const NODES_PER_STREET = STREET_NODES + 4 * BUILDINGS;
const BLOCK = 8_000;
const HIGHWAYS = [
  'residential',
  'residential',
  'residential',
  'service',
  'unclassified',
  'tertiary',
  'track',
];
const HIGHWAYS_MAJOR = ['secondary', 'primary', 'footway', 'path'];

export interface BigPbfStats {
  bytes: number;
  nodes: number;
  ways: number;
  highwayWays: number;
}

/** Writes the file; `sizeMb` is reached to within a few per cent. */
export function makeBigPbf(out: string, sizeMb: number, log: (line: string) => void = () => {}): BigPbfStats {
  const fd = openSync(out, 'w');
  let bytes = 0;
  const write = (b: Uint8Array): void => {
    writeSync(fd, b);
    bytes += b.length;
  };
  try {
    write(quickBlob('OSMHeader', headerBlock()));
    // Ways take about 12 % of the file; the node part stops when it has written the rest.
    const nodeTarget = sizeMb * 1024 * 1024 * 0.88;
    const random = prng(20261130);
    let streets = 0;
    let nodes = 0;
    let lastLog = 0;
    while (bytes < nodeTarget) {
      const ids: number[] = [];
      const lats: number[] = [];
      const lons: number[] = [];
      const kv: number[] = [];
      while (ids.length + NODES_PER_STREET <= BLOCK) {
        streetNodes(random, nodes + 1, ids, lats, lons, kv);
        nodes += NODES_PER_STREET;
        streets++;
      }
      write(quickBlob('OSMData', denseBlock(ids, lats, lons, kv)));
      if (bytes - lastLog > 100 * 1024 * 1024) {
        lastLog = bytes;
        log(`  ${(bytes / 1024 / 1024).toFixed(0)} MB, ${nodes.toLocaleString('en')} nodes`);
      }
    }
    let ways = 0;
    let highwayWays = 0;
    let pending: { id: number; refs: number[]; tags: [string, string][] }[] = [];
    const flush = (): void => {
      write(quickBlob('OSMData', wayBlock(pending)));
      pending = [];
    };
    for (let s = 0; s < streets; s++) {
      const base = s * NODES_PER_STREET + 1;
      const step = (STREET_NODES - 1) / WAYS_PER_STREET;
      for (let w = 0; w < WAYS_PER_STREET; w++) {
        const refs = Array.from({ length: step + 1 }, (_, i) => base + w * step + i);
        const h = (s * 7 + w * 13) % 23;
        const highway = h < 20 ? HIGHWAYS[h % HIGHWAYS.length] : HIGHWAYS_MAJOR[h - 20];
        const tags: [string, string][] = [['highway', highway ?? 'residential']];
        if (h % 3 === 0) tags.push(['name', `Jalan ${s % 5000}`]);
        if (h === 21) tags.push(['oneway', 'yes']);
        pending.push({ id: ++ways, refs, tags });
        highwayWays++;
      }
      for (let b = 0; b < BUILDINGS; b++) {
        const first = base + STREET_NODES + 4 * b;
        pending.push({
          id: ++ways,
          refs: [first, first + 1, first + 2, first + 3, first],
          tags: [['building', 'yes']],
        });
      }
      if (pending.length >= BLOCK - WAYS_PER_STREET - BUILDINGS) flush();
    }
    if (pending.length > 0) flush();
    return { bytes, nodes, ways, highwayWays };
  } finally {
    closeSync(fd);
  }
}

/** One street: a 31-node random walk from a random start, and 8 square-ish buildings beside it. */
function streetNodes(
  random: () => number,
  firstId: number,
  ids: number[],
  lats: number[],
  lons: number[],
  kv: number[],
): void {
  let lon = 110 + 10 * random();
  let lat = -10 + 4 * random();
  let heading = 2 * Math.PI * random();
  const street: [number, number][] = [];
  for (let i = 0; i < STREET_NODES; i++) {
    street.push([lon, lat]);
    heading += (random() - 0.5) * 0.8;
    const stepDeg = (30 + 40 * random()) / 111_000;
    lon += stepDeg * Math.cos(heading);
    lat += stepDeg * Math.sin(heading);
  }
  let id = firstId;
  const push = (p: [number, number], gate: boolean): void => {
    ids.push(id++);
    lons.push(Math.round(p[0] * 1e7));
    lats.push(Math.round(p[1] * 1e7));
    if (gate) kv.push(1, 2);
    kv.push(0);
  };
  street.forEach((p, i) => {
    push(p, i === 15 && firstId % 97 === 1);
  });
  for (let b = 0; b < BUILDINGS; b++) {
    const at = street[3 * b + 2] ?? street[0] ?? [lon, lat];
    const size = (8 + 8 * random()) / 111_000;
    const x = at[0] + (random() - 0.5) * 4e-4;
    const y = at[1] + (random() - 0.5) * 4e-4;
    push([x, y], false);
    push([x + size, y + random() * 1e-5], false);
    push([x + size, y + size], false);
    push([x + random() * 1e-5, y + size], false);
  }
}

/**
 * Version, timestamp and changeset of each node, as Geofabrik's extracts carry them (no user names): they are a
 * good part of a real file's bytes, and the reader skips them.
 */
function denseInfo(info: Pbf, n: number): void {
  const versions: number[] = [];
  const timestamps: number[] = [];
  const changesets: number[] = [];
  let timestamp = 0;
  let changeset = 0;
  for (let i = 0; i < n; i++) {
    // Nodes mapped together share a changeset; about a third start a new one.
    if (i === 0 || infoRandom() < 0.3) {
      timestamp = 1_262_304_000 + Math.floor(infoRandom() * 470_000_000);
      changeset = 1 + Math.floor(infoRandom() * 150_000_000);
    }
    versions.push(1 + Math.floor(infoRandom() * infoRandom() * 6));
    timestamps.push(timestamp);
    changesets.push(changeset);
  }
  info.writePackedVarint(1, versions);
  info.writePackedSVarint(2, deltas(timestamps));
  info.writePackedSVarint(3, deltas(changesets));
}

const infoRandom = prng(7);

/** A PrimitiveBlock of one DenseNodes group; string 1 is `barrier`, 2 is `gate`. */
function denseBlock(ids: number[], lats: number[], lons: number[], kv: number[]): Uint8Array {
  const block = new Pbf();
  writeStrings(block, ['', 'barrier', 'gate']);
  const group = new Pbf();
  group.writeMessage(
    2,
    (_: null, p: Pbf) => {
      p.writePackedSVarint(1, deltas(ids));
      p.writePackedSVarint(8, deltas(lats));
      p.writePackedSVarint(9, deltas(lons));
      p.writeMessage(5, (_: null, info: Pbf) => denseInfo(info, ids.length), null);
      p.writePackedVarint(10, kv);
    },
    null,
  );
  block.writeBytesField(2, group.finish());
  return block.finish();
}

function wayBlock(ways: readonly { id: number; refs: number[]; tags: [string, string][] }[]): Uint8Array {
  const table = new StringTable();
  const group = new Pbf();
  for (const w of ways) writeWay(group, w, table);
  const groupBytes = group.finish();
  const block = new Pbf();
  table.writeTo(block);
  block.writeBytesField(2, groupBytes);
  return block.finish();
}

/** A framed blob at zlib level 1: quick to write, and real files barely compress better. */
function quickBlob(type: string, raw: Uint8Array): Uint8Array {
  return framedBlob(type, raw, (bytes) => deflateSync(bytes, { level: 1 }));
}

if (process.argv[1]?.endsWith('make_big_pbf.ts')) {
  const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const at = process.argv.indexOf('--size-mb');
  const sizeMb = at > 0 ? Number(process.argv[at + 1]) : 1024;
  if (file === undefined || !(sizeMb > 0)) {
    console.error('usage: node --import tsx bench/make_big_pbf.ts OUT.osm.pbf [--size-mb 1024]');
    process.exit(2);
  }
  const started = performance.now();
  const s = makeBigPbf(file, sizeMb, console.log);
  console.log(
    `${file}: ${(s.bytes / 1024 / 1024).toFixed(0)} MB, ${s.nodes.toLocaleString('en')} nodes, ${s.ways.toLocaleString('en')} ways (${s.highwayWays.toLocaleString('en')} highways) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
