import { readFileSync } from 'node:fs';
import {
  buildGraph,
  distanceWeights,
  FIRE_ENGINE,
  planarProblem,
  readGeoJsonRoads,
  readOsmPbf,
  type SitePoint,
  type SitingObjective,
  type SitingProblem,
  solveSites,
  travelTimeMatrix,
  weightsFor,
} from '@siaga/geo';
import loadHighs from 'highs';
import { readPoints } from './read_points.ts';

export const USAGE = [
  'usage: npm run siting -- FILE --p N --radius R [--objective mclp|lscp|pCenter|pMedian] [--candidates FILE]',
  '                         [--network [--roads FILE]] [--exact] [--time-limit SECONDS]',
  '  FILE: CSV id,x,y,weight (projected metres) or id,lon,lat,weight; every point is a candidate unless',
  '  --candidates is given. Straight-line distance, or metres by road with --network (lon/lat points, the',
  '  seed roads data/roads.geojson unless --roads names a .geojson or .osm.pbf).',
].join('\n');

export interface SitingArgs {
  file: string;
  p: number;
  radius: number;
  objective: SitingObjective;
  candidates: string | null;
  network: boolean;
  roads: string;
  exact: boolean;
  timeLimitS: number;
}

const OBJECTIVES: readonly SitingObjective[] = ['mclp', 'lscp', 'pCenter', 'pMedian'];

/** The command line as SitingArgs; throws a message for the user on anything it cannot read. */
export function parseSitingArgs(argv: readonly string[]): SitingArgs {
  const args: SitingArgs = {
    file: '',
    p: 5,
    radius: Number.NaN,
    objective: 'mclp',
    candidates: null,
    network: false,
    roads: 'data/roads.geojson',
    exact: false,
    timeLimitS: 60,
  };
  const number = (flag: string, value: string | undefined, min: number): number => {
    const v = Number(value);
    if (value === undefined || !Number.isFinite(v) || v < min)
      throw new Error(`${flag} needs a number >= ${min}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const next = () => argv[++i];
    if (a === '--p') args.p = Math.trunc(number(a, next(), 1));
    else if (a === '--radius') args.radius = number(a, next(), 0);
    else if (a === '--time-limit') args.timeLimitS = number(a, next(), 0.1);
    else if (a === '--candidates') args.candidates = next() ?? '';
    else if (a === '--roads') args.roads = next() ?? '';
    else if (a === '--network') args.network = true;
    else if (a === '--exact') args.exact = true;
    else if (a === '--objective') {
      const o = next() as SitingObjective;
      if (!OBJECTIVES.includes(o)) throw new Error(`--objective is one of ${OBJECTIVES.join(', ')}`);
      args.objective = o;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (args.file === '') args.file = a;
    else throw new Error(`one point file only (got ${a})`);
  }
  if (args.file === '') throw new Error('give the CSV file of demand points');
  if (Number.isNaN(args.radius) && (args.objective === 'mclp' || args.objective === 'lscp')) {
    throw new Error('--radius is needed for mclp and lscp');
  }
  return args;
}

export interface SitingOutput {
  objective: number;
  selected: string[];
  bound: number | null;
  gap: number | null;
  ms: number;
  status: 'heuristic' | 'optimal' | 'time_limit';
  model: SitingObjective;
  firstMs: number;
}

/** Reads the files, solves with the same solver as the app and returns the printed object. */
export async function runSiting(args: SitingArgs): Promise<SitingOutput> {
  const demand = readPoints(readFileSync(args.file, 'utf8'));
  const candidates = args.candidates === null ? demand : readPoints(readFileSync(args.candidates, 'utf8'));
  if (candidates.lonLat !== demand.lonLat) throw new Error('demand and candidates must use the same columns');
  const options = {
    objective: args.objective,
    radius: Number.isNaN(args.radius) ? 0 : args.radius,
    p: args.p,
    lonLat: demand.lonLat,
  };
  const problem = planarProblem(demand.points, candidates.points, options);
  if (args.network) {
    if (!demand.lonLat) throw new Error('--network needs id,lon,lat points');
    problem.cost = roadMetres(args.roads, candidates.points, demand.points);
  }
  const highs = args.exact ? await loadHighs() : null;
  const { fast, exact } = solveSites(problem, { highs, timeLimitS: args.timeLimitS });
  const selected = exact?.selected ?? fast.selected;
  return {
    objective: exact?.objective ?? fast.objective,
    selected: Array.from(selected, (j) => candidates.points[j]?.id ?? String(j)),
    bound: exact?.bound ?? null,
    gap: exact?.gap ?? null,
    ms: exact?.ms ?? fast.ms,
    status: exact === null ? 'heuristic' : exact.status === 'optimal' ? 'optimal' : 'time_limit',
    model: args.objective,
    firstMs: fast.ms,
  };
}

/** Metres by road (fire engine's drivable roads, off-road legs straight) from each candidate to each point. */
function roadMetres(
  file: string,
  from: readonly SitePoint[],
  to: readonly SitePoint[],
): SitingProblem['cost'] {
  const roads = file.endsWith('.pbf')
    ? readOsmPbf(new Uint8Array(readFileSync(file))).roads
    : readGeoJsonRoads(JSON.parse(readFileSync(file, 'utf8'))).roads;
  const graph = buildGraph(roads);
  const metres = distanceWeights(graph, weightsFor(graph, FIRE_ENGINE));
  return travelTimeMatrix(
    graph,
    metres,
    from.map((p) => [p.x, p.y]),
    to.map((p) => [p.x, p.y]),
  );
}

/** The CLI: prints the JSON answer, or the usage and an error (exit code 2). */
export async function runSitingCli(
  argv: readonly string[],
  io: { log(line: string): void; error(line: string): void },
): Promise<number> {
  let args: SitingArgs;
  try {
    args = parseSitingArgs(argv);
  } catch (e) {
    io.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  try {
    io.log(JSON.stringify(await runSiting(args)));
    return 0;
  } catch (e) {
    io.error((e as Error).message);
    return 1;
  }
}
