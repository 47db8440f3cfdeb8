import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGazetteer, type GazetteerSources } from '../apps/web/src/gazetteer/gazetteer_index.ts';
import { searchGazetteer } from '../apps/web/src/gazetteer/search_gazetteer.ts';
import { ms, time } from './timing.ts';

const root = join(import.meta.dirname, '..');
const read = (name: string): { features: Array<{ id?: string; properties: Record<string, unknown> }> } =>
  JSON.parse(readFileSync(join(root, 'data', name), 'utf8'));

/** What a dispatcher types: names with prefixes, a misspelling, a known place, a post, a cache, roads, a miss. */
const QUERIES = [
  'Desa Mengening',
  'Mengenig',
  'Kelurahan Banyuasri',
  'Singaraja',
  'Lovina',
  'pos damkar sawan',
  'gudang logistik',
  'Jl. Ahmad Yani',
  'jalan raya seririt',
  'Atlantis',
];

/** Copies every named road `times` times under numbered names, as a full OSM import of the kabupaten would add. */
function withRoadNames(roads: GazetteerSources['roads'], times: number): GazetteerSources['roads'] {
  return Array.from({ length: times }, (_, k) =>
    roads.map((r) => ({
      ...r,
      properties: { ...r.properties, name: r.properties.name && `${r.properties.name} ${k}` },
    })),
  ).flat();
}

/**
 * The seed as the web app holds it, for what the gazetteer reads (names, codes, points, lines); lengths are
 * filler. The files are read as the API would serve them; the schema checks are the web app's, not timed here.
 */
function seedSources(): GazetteerSources {
  const areas = read('admin_areas.geojson').features as unknown as GazetteerSources['desa'][number][];
  const level = (l: string) => areas.filter((a) => a.properties.level === l);
  const withIds = <T>(name: string) =>
    read(name).features.map((f) => ({ ...f, properties: { ...f.properties, id: f.id } })) as unknown as T[];
  const roads = read('roads.geojson').features.map((f, i) => ({
    ...f,
    properties: { name: (f.properties.name as string | undefined) ?? null, lengthM: i },
  })) as unknown as GazetteerSources['roads'];
  return {
    desa: level('desa'),
    kecamatan: level('kecamatan'),
    kabupaten: level('kabupaten'),
    posts: withIds<GazetteerSources['posts'][number]>('posts.geojson'),
    caches: withIds<GazetteerSources['caches'][number]>('caches.geojson'),
    roads,
    roadsExtent: null,
  };
}

/** Builds the location search's index and times queries on the seed, and with 20x the road names; Markdown. */
export function gazetteerBenchLines(smoke: boolean): string[] {
  for (const f of ['admin_areas.geojson', 'posts.geojson', 'caches.geojson', 'roads.geojson']) {
    if (!existsSync(join(root, 'data', f))) return [`Location search skipped: data/${f} absent.`];
  }
  const seed = seedSources();
  const lines = [
    '## Location search (web app gazetteer, apps/web/src/gazetteer)',
    '',
    `One search over desa, kecamatan, known places, posts, caches and road names; queries: ${QUERIES.map((q) => `"${q}"`).join(', ')}.`,
    'The index is built once per dataset load; a query is one keystroke.',
    '',
    '| measure | entries | p50 | p99 | target |',
    '|---|---|---|---|---|',
  ];
  for (const [name, sources] of [
    ['seed', seed],
    ['seed with 20x the road names', { ...seed, roads: withRoadNames(seed.roads, 20) }],
  ] as const) {
    const build = time(() => buildGazetteer(sources), smoke ? 1 : 20, smoke ? 0 : 3);
    const index = buildGazetteer(sources);
    const search = time(
      (i) => searchGazetteer(index, QUERIES[i % QUERIES.length] ?? ''),
      smoke ? 1 : 1_000,
      smoke ? 0 : 50,
    );
    const n = index.entries.length;
    lines.push(`| build index, ${name} (ms) | ${n} | ${ms(build.p50)} | ${ms(build.p99)} | |`);
    lines.push(`| one query, ${name} (ms) | ${n} | ${ms(search.p50)} | ${ms(search.p99)} | 16 (one frame) |`);
  }
  lines.push('');
  return lines;
}
