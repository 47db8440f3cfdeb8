import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOsmPbf } from '@siaga/geo';
import { describe, expect, it } from 'vitest';
import { parseImportArgs, runImportCli } from '../../../scripts/import/cli.ts';
import { type ClipSpec, clipArea } from '../../../scripts/import/clip_option.ts';
import { readRoadsFile } from '../../../scripts/import/read_roads_file.ts';
import { CLIP_SCENE, CLIP_SCENE_BBOX, clipSceneXml } from '../../support/clip_scene.ts';
import { makePbf } from '../../support/make_pbf.ts';
import { realDataDir } from '../../support/real_data.ts';

const dir = mkdtempSync(join(tmpdir(), 'siaga-clip-'));
const write = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const scene = write('scene.osm.pbf', makePbf(CLIP_SCENE));
const bbox: ClipSpec = { kind: 'bbox', bbox: [115, -8.2, 115.05, -8.0], bufferKm: 2 };
const square = [
  [115, -8.2],
  [115.05, -8.2],
  [115.05, -8.0],
  [115, -8.0],
  [115, -8.2],
];

async function clipped(file: string, clip: ClipSpec) {
  return readRoadsFile(file, { clip: await clipArea(clip) });
}

describe('roads clipped to an area', () => {
  it('keeps a way crossing the border up to the buffer, cut there, and drops the ways outside', async () => {
    const r = await clipped(scene, bbox);
    expect(r.summary).toEqual({
      waysRead: 5,
      kept: 2,
      skipped: { 'outside the clip area': 2, 'highway=footway': 1 },
      cutAtExtractEdge: 1,
      barriers: 1,
    });
    expect(r.clip).toEqual({ nodesRead: 9, nodesKept: 5 });
    expect(r.roads.map((l) => [l.properties.sourceId, l.properties.access])).toEqual([
      ['osm:way/100', null],
      ['osm:way/103#0', null],
      ['osm:way/103#1', 'no'],
      ['osm:way/103#2', null],
    ]);
    expect(r.roads[0]?.geometry.coordinates).toEqual([
      [115.01, -8.1],
      [115.06, -8.1],
    ]);
  });

  it('without a buffer the border cuts closer: the crossing way keeps one node and is dropped', async () => {
    const r = await clipped(scene, { ...bbox, bufferKm: 0 });
    expect(r.summary.kept).toBe(1);
    expect(r.summary.skipped['outside the clip area']).toBe(3);
    expect(r.clip).toEqual({ nodesRead: 9, nodesKept: 4 });
  });

  it('a polygon file (Feature, FeatureCollection or bare MultiPolygon) clips as its bbox does', async () => {
    const expected = await clipped(scene, bbox);
    const files = [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } },
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [square] } },
        ],
      },
      { type: 'MultiPolygon', coordinates: [[square]] },
    ];
    for (const [i, geojson] of files.entries()) {
      const file = write(`area-${i}.geojson`, JSON.stringify(geojson));
      expect(await clipped(scene, { kind: 'polygon', file, bufferKm: 2 })).toEqual(expected);
    }
  });

  it('reads OSM XML clipped the same way', async () => {
    const xml = write('scene.osm', clipSceneXml());
    const fromXml = await clipped(xml, bbox);
    const fromPbf = await clipped(scene, bbox);
    expect(fromXml.summary).toEqual(fromPbf.summary);
    // The PBF stores 1e-7 degree steps, read back as 115.02000000000001: compare to the 7th decimal.
    const rounded = (r: typeof fromXml) =>
      r.roads.map((l) => l.geometry.coordinates.map((p) => p.map((v) => Math.round(v * 1e7))));
    expect(rounded(fromXml)).toEqual(rounded(fromPbf));
  });

  it('an area covering everything gives what the unclipped reader gives', async () => {
    const all = await clipped(scene, { kind: 'bbox', bbox: [114, -9, 116, -7], bufferKm: 0 });
    expect(all.roads).toEqual(readOsmPbf(makePbf(CLIP_SCENE)).roads);
  });

  it('refuses a file with ways before nodes, saying how to sort it', async () => {
    const nodes = CLIP_SCENE.filter((e) => e.type === 'node');
    const ways = CLIP_SCENE.filter((e) => e.type === 'way');
    const unsorted = write('unsorted.osm.pbf', concat(makePbf(ways), dataBlobOf(makePbf(nodes))));
    await expect(clipped(unsorted, bbox)).rejects.toThrow(
      /unsorted\.osm\.pbf: node 1 comes after the ways.*osmium sort/,
    );
  });

  it('refuses to clip a GeoJSON roads file', async () => {
    const file = write('roads.geojson', JSON.stringify({ type: 'FeatureCollection', features: [] }));
    await expect(clipped(file, bbox)).rejects.toThrow(/--clip reads OSM files/);
  });
});

describe('--clip arguments', () => {
  it('parses kabupaten, a bbox and a polygon file, with the buffer (5 km unless given)', () => {
    expect(parseImportArgs(['roads', 'a.osm.pbf', '--clip', 'kabupaten'])).toEqual({
      kind: 'roads',
      file: 'a.osm.pbf',
      replace: false,
      clip: { kind: 'kabupaten', bufferKm: 5 },
    });
    expect(
      parseImportArgs([
        'roads',
        '--clip=114.4,-8.4,115.4,-8',
        'a.osm.pbf',
        '--buffer-km',
        '2.5',
        '--replace',
      ]),
    ).toEqual({
      kind: 'roads',
      file: 'a.osm.pbf',
      replace: true,
      clip: { kind: 'bbox', bbox: [114.4, -8.4, 115.4, -8], bufferKm: 2.5 },
    });
    expect(parseImportArgs(['roads', 'a.osm.pbf', '--clip', 'area.geojson', '--buffer-km=0'])).toMatchObject({
      clip: { kind: 'polygon', file: 'area.geojson', bufferKm: 0 },
    });
  });

  it.each([
    [['--clip'], /--clip needs a value/],
    [['--clip', '115,-8,116'], /four numbers W,S,E,N/],
    [['--clip', '116,-8,115,-7'], /west < east/],
    [['--clip', 'kabupaten', '--buffer-km', '-1'], /kilometres from 0 to 500/],
    [['--clip', 'kabupaten', '--buffer-km', 'lima'], /kilometres from 0 to 500/],
    [['--buffer-km', '2'], /--buffer-km goes with --clip/],
    [['--clip', 'buleleng.txt'], /--clip kabupaten \| --clip W,S,E,N/],
  ])('refuses %j with one clear line, exit 2, before reading anything', async (args, message) => {
    const errors: string[] = [];
    const io = {
      log: () => {},
      error: (l: string) => errors.push(l),
      open: () => Promise.reject(new Error('the database must not be opened')),
    };
    expect(await runImportCli(['roads', scene, ...args], io)).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.split('\n')).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('a polygon file that is missing or not a polygon fails with one line, before the database opens', async () => {
    const line = write(
      'line.geojson',
      JSON.stringify({
        type: 'LineString',
        coordinates: [
          [115, -8],
          [116, -8],
        ],
      }),
    );
    for (const [file, message] of [
      [join(dir, 'nowhere.geojson'), /no such file/],
      [line, /not a GeoJSON Polygon or MultiPolygon/],
    ] as const) {
      const errors: string[] = [];
      const io = {
        log: () => {},
        error: (l: string) => errors.push(l),
        open: () => Promise.reject(new Error('the database must not be opened')),
      };
      expect(await runImportCli(['roads', scene, '--clip', file], io)).toBe(1);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^Import failed, nothing was written: --clip /);
      expect(errors[0]).toMatch(message);
    }
  });

  it('the scene bbox constant is the one the tests clip by', () => {
    expect(
      parseImportArgs(['roads', 'a.osm.pbf', '--clip', CLIP_SCENE_BBOX, '--buffer-km', '2']),
    ).toMatchObject({
      clip: bbox,
    });
  });
});

const real = realDataDir();
const andorra = real === null ? null : join(real, 'osm', 'andorra.osm.pbf');

// Three reads of the real extract: seconds each on a busy machine.
describe.skipIf(andorra === null)('the real Andorra extract clipped by a bbox', { timeout: 120_000 }, () => {
  it('keeps exactly the roads inside, cuts the ones crossing, and with a box around everything changes nothing', async () => {
    const file = andorra as string;
    const whole = await readRoadsFile(file);
    const west: ClipSpec = { kind: 'bbox', bbox: [1.4, 42.4, 1.53, 42.7], bufferKm: 1 };
    const area = await clipArea(west);
    const part = await readRoadsFile(file, { clip: area });
    const [w, s, e, n] = area.bbox;
    const outside = part.roads.flatMap((r) =>
      r.geometry.coordinates.filter(([lon = 0, lat = 0]) => lon < w || lon > e || lat < s || lat > n),
    );
    expect(outside).toEqual([]);
    expect(part.summary.cutAtExtractEdge).toBeGreaterThan(0);
    expect(part.summary.kept).toBeLessThan(whole.summary.kept);
    expect(part.clip?.nodesRead).toBeGreaterThan(part.clip?.nodesKept ?? 0);
    // A way whose every road lies inside the unbuffered box comes out of the clipped read unchanged.
    const wayOf = (id: string): string => id.replace(/#\d+$/, '');
    const inBox = (l: (typeof whole.roads)[number]) =>
      l.geometry.coordinates.every(
        ([lon = 0, lat = 0]) => lon >= 1.4 && lon <= 1.53 && lat >= 42.4 && lat <= 42.7,
      );
    const crossing = new Set(whole.roads.filter((l) => !inBox(l)).map((l) => wayOf(l.properties.sourceId)));
    const inside = whole.roads.filter((l) => !crossing.has(wayOf(l.properties.sourceId)));
    expect(inside.length).toBeGreaterThan(300);
    const clippedById = new Map(part.roads.map((l) => [l.properties.sourceId, l]));
    const changed = inside.filter(
      (l) => JSON.stringify(clippedById.get(l.properties.sourceId)) !== JSON.stringify(l),
    );
    expect(changed.map((l) => l.properties.sourceId)).toEqual([]);

    const all = await readRoadsFile(file, {
      clip: await clipArea({ kind: 'bbox', bbox: [1.3, 42.3, 1.9, 42.8], bufferKm: 0 }),
    });
    expect(all.roads).toEqual(whole.roads);
    expect(all.summary).toEqual(whole.summary);
  });
});

if (andorra === null) {
  describe('the real Andorra extract clipped by a bbox', () => {
    it.skip('skipped: no real data folder (set SIAGA_REAL_DATA or provide ../shared/data/osm/andorra.osm.pbf)', () => {});
  });
}

/** The OSMData blob of a file made by makePbf (everything after its OSMHeader blob). */
function dataBlobOf(file: Uint8Array): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const headerLength = view.getInt32(0, false);
  const header = file.subarray(4, 4 + headerLength);
  // BlobHeader field 3 (datasize) is the last varint of the header, as makePbf writes it.
  let size = 0;
  let shift = 0;
  let k = header.indexOf(0x18) + 1;
  for (;;) {
    const b = header[k++] ?? 0;
    size += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) break;
  }
  return file.subarray(4 + headerLength + size);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
