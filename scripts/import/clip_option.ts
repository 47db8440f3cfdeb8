import { readFile } from 'node:fs/promises';
import { adminAreas, type Database } from '@siaga/db';
import { ClipArea, type ClipPolygons } from '@siaga/geo';
import { BBox, Position, SiagaError } from '@siaga/schema';
import { z } from 'zod';

/** What `--clip` names: the stored kabupaten boundary, a bounding box, or a polygon file. */
export type ClipSpec =
  | { kind: 'kabupaten'; bufferKm: number }
  | { kind: 'bbox'; bbox: [number, number, number, number]; bufferKm: number }
  | { kind: 'polygon'; file: string; bufferKm: number };

/** Kilometres added around the clip area when `--buffer-km` is not given. */
export const DEFAULT_BUFFER_KM = 5;

export const CLIP_USAGE =
  '--clip kabupaten | --clip W,S,E,N | --clip AREA.geojson (Polygon or MultiPolygon), [--buffer-km 5]';

/**
 * Reads `--clip` and `--buffer-km` (as `--clip X` or `--clip=X`) out of the words of a roads import; answers
 * the clip (or null) and the other words. A bad value throws a SiagaError with one line saying what is expected.
 *
 * @example parseClipArgs(['roads', 'a.osm.pbf', '--clip', '115,-8.5,115.5,-8']) // clip bbox, buffer 5 km
 */
export function parseClipArgs(argv: readonly string[]): { clip: ClipSpec | null; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  let buffer: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    const [flag, inline] = word.startsWith('--') ? splitFlag(word) : [word, undefined];
    if (flag !== '--clip' && flag !== '--buffer-km') {
      rest.push(word);
      continue;
    }
    const given = inline ?? argv[++i];
    if (given === undefined || given.startsWith('--')) throw bad(`${flag} needs a value: ${CLIP_USAGE}`);
    if (flag === '--clip') value = given;
    else buffer = given;
  }
  if (value === undefined) {
    if (buffer !== undefined) throw bad(`--buffer-km goes with --clip: ${CLIP_USAGE}`);
    return { clip: null, rest };
  }
  const bufferKm = buffer === undefined ? DEFAULT_BUFFER_KM : Number(buffer);
  if (buffer !== undefined && (!/^\d+(\.\d+)?$/.test(buffer) || bufferKm > 500))
    throw bad(`--buffer-km ${buffer}: expected kilometres from 0 to 500, such as 5 or 2.5`);
  return { clip: clipOf(value, bufferKm), rest };
}

function splitFlag(word: string): [string, string | undefined] {
  const at = word.indexOf('=');
  return at < 0 ? [word, undefined] : [word.slice(0, at), word.slice(at + 1)];
}

function clipOf(value: string, bufferKm: number): ClipSpec {
  if (value === 'kabupaten') return { kind: 'kabupaten', bufferKm };
  if (/^[-+\d.,\s]+$/.test(value)) {
    const parts = value.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
    const parsed = BBox.safeParse(parts);
    if (
      !parsed.success ||
      parts.length !== 4 ||
      parsed.data[0] === parsed.data[2] ||
      parsed.data[1] === parsed.data[3]
    )
      throw bad(
        `--clip ${value}: a bounding box is four numbers W,S,E,N (west < east, south < north), such as 114.4,-8.4,115.4,-8`,
      );
    return { kind: 'bbox', bbox: parsed.data, bufferKm };
  }
  if (/\.(geo)?json$/i.test(value)) return { kind: 'polygon', file: value, bufferKm };
  throw bad(`--clip ${value}: ${CLIP_USAGE}`);
}

const bad = (message: string): SiagaError => new SiagaError('bad_request', message);

/** The clip in words, for the summary: `kabupaten + 5 km`. */
export function describeClip(clip: ClipSpec): string {
  const what =
    clip.kind === 'kabupaten'
      ? 'the stored kabupaten'
      : clip.kind === 'bbox'
        ? `bbox ${clip.bbox.join(',')}`
        : clip.file;
  return `${what} + ${clip.bufferKm} km`;
}

const Ring = z.array(Position).min(4);
const ClipGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
]);
const ClipFeature = z.object({ type: z.literal('Feature'), geometry: ClipGeometry });
/** A polygon file: a Polygon or MultiPolygon, bare, in a Feature, or the polygons of a FeatureCollection. */
const ClipFile = z.union([
  ClipGeometry,
  ClipFeature,
  z.object({ type: z.literal('FeatureCollection'), features: z.array(ClipFeature).min(1) }),
]);

function polygonsOf(geometry: z.infer<typeof ClipGeometry>): ClipPolygons {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The area a clip keeps. A polygon file is read and checked here (before the database is opened); the
 * kabupaten needs the database: every stored kabupaten boundary, with their holes.
 */
export async function clipArea(clip: ClipSpec, database?: Database): Promise<ClipArea> {
  switch (clip.kind) {
    case 'bbox': {
      const [w, s, e, n] = clip.bbox;
      return new ClipArea(
        [
          [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        ],
        clip.bufferKm,
      );
    }
    case 'polygon':
      return new ClipArea(await readClipFile(clip.file), clip.bufferKm);
    case 'kabupaten': {
      if (database === undefined) throw new Error('the kabupaten clip needs the database');
      const stored = await adminAreas.list(database.db, { level: 'kabupaten' });
      if (stored.length === 0) {
        throw bad(
          '--clip kabupaten: no kabupaten boundary is stored; import the admin areas first, or clip by a bbox or a polygon file',
        );
      }
      return new ClipArea(
        stored.flatMap((k) => k.geometry.coordinates),
        clip.bufferKm,
      );
    }
    default:
      return clip satisfies never;
  }
}

async function readClipFile(file: string): Promise<ClipPolygons> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw bad(
      `--clip ${file}: ${err.code === 'ENOENT' ? 'no such file' : `cannot be read (${err.code ?? err.message})`}`,
    );
  });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw bad(`--clip ${file}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = ClipFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw bad(
      `--clip ${file}: not a GeoJSON Polygon or MultiPolygon (Feature or FeatureCollection of them)${issue === undefined ? '' : `: ${issue.path.join('.') || 'top level'}: ${issue.message}`}`,
    );
  }
  const data = parsed.data;
  if (data.type === 'FeatureCollection') return data.features.flatMap((f) => polygonsOf(f.geometry));
  return polygonsOf(data.type === 'Feature' ? data.geometry : data);
}
