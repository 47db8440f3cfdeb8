/**
 * Coordinates as people type, paste or read them aloud: decimal degrees ("-8.1712, 115.1790"), the app's own
 * decimal comma ("-8,1712; 115,1790"), degrees-minutes-seconds ("8°10'16"S 115°10'44"E", also with ’ ” and
 * spaces, "8 10 16 S 115 10 44 E"), degrees and decimal minutes ("8°10.27' S"), hemisphere letters before or
 * after the number (N/S/E/W and the Indonesian LU/LS/BT/BB). Latitude comes first unless letters say otherwise.
 * Pure: where the point lies (desa, sea, outside) is `locatePoint`'s job.
 */

/** [lon, lat], the engine's order. */
export type LonLat = [number, number];

export type CoordinateProblem =
  /** One value, or more than two. */
  | 'count'
  /** Minutes or seconds of 60 or more, or a fraction before the last part (8.5° 10'). */
  | 'minutes'
  /** Two latitudes or two longitudes by their letters. */
  | 'axes'
  /** A minus sign together with N/E (LU/BT). */
  | 'sign'
  /** Numbers and marks in an order that reads as no coordinate. */
  | 'format';

export type ParsedCoordinates =
  /** Not coordinates at all (letters, no digits): the text is a search. */
  | { kind: 'text' }
  | { kind: 'point'; position: LonLat }
  /** Latitude beyond ±90 but fine as longitude, and the other way round: offered, never applied silently. */
  | { kind: 'swapped'; typed: [number, number]; fix: LonLat }
  | { kind: 'range'; axis: 'latitude' | 'longitude'; value: number }
  | { kind: 'invalid'; problem: CoordinateProblem };

type Axis = 'lat' | 'lon';

const HEMISPHERES: Record<string, { axis: Axis; sign: 1 | -1 }> = {
  N: { axis: 'lat', sign: 1 },
  LU: { axis: 'lat', sign: 1 },
  S: { axis: 'lat', sign: -1 },
  LS: { axis: 'lat', sign: -1 },
  E: { axis: 'lon', sign: 1 },
  BT: { axis: 'lon', sign: 1 },
  W: { axis: 'lon', sign: -1 },
  BB: { axis: 'lon', sign: -1 },
};

type Mark = '°' | "'" | '"';

type Token =
  | { t: 'num'; value: number; fraction: boolean; mark: Mark | null }
  | { t: 'sign'; negative: boolean }
  | { t: 'hemi'; axis: Axis; sign: 1 | -1 }
  | { t: 'sep' };

/** Quote and degree look-alikes from phones, word processors and PDFs, and the minus look-alikes. */
function normalise(text: string): string {
  return text
    .replace(/[′’‘´`]/g, "'")
    .replace(/[″”“]|''/g, '"')
    .replace(/[º˚]/g, '°')
    .replace(/[‐‑‒–—−]/g, '-')
    .normalize('NFKC')
    .toUpperCase()
    .trim();
}

const TOKEN =
  /\s+|(\d+(?:[.,]\d+)?)\s*([°'"])?|([-+])|(LU|LS|BT|BB|N|S|E|W)(?![A-Z])|([;,/])|(DEG|DERAJAT)(?![A-Z])/y;

/** Tokens, or null when the text holds anything a coordinate cannot (so it is a search). */
function tokenize(text: string, commaIsDecimal: boolean): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const src = commaIsDecimal ? text : text.replace(/(\d),(\d)/g, '$1, $2');
  while (TOKEN.lastIndex < src.length) {
    const m = TOKEN.exec(src);
    if (!m) return null;
    const [, num, mark, sign, hemi, sep, deg] = m;
    if (num !== undefined) {
      const fraction = /[.,]/.test(num);
      out.push({ t: 'num', value: Number(num.replace(',', '.')), fraction, mark: (mark as Mark) ?? null });
    } else if (sign !== undefined) out.push({ t: 'sign', negative: sign === '-' });
    else if (hemi !== undefined) out.push({ t: 'hemi', ...(HEMISPHERES[hemi] ?? { axis: 'lat', sign: 1 }) });
    else if (sep !== undefined) out.push({ t: 'sep' });
    else if (deg !== undefined) {
      const last = out.at(-1);
      if (last?.t !== 'num' || last.mark !== null) return null;
      last.mark = '°';
    }
  }
  return out;
}

interface Group {
  negative: boolean;
  signed: boolean;
  hemi: { axis: Axis; sign: 1 | -1 } | null;
  /** Whether the letter came before the number ("S 8.17"). */
  hemiFirst: boolean;
  nums: Array<{ value: number; fraction: boolean; mark: Mark | null }>;
}

const emptyGroup = (): Group => ({ negative: false, signed: false, hemi: null, hemiFirst: false, nums: [] });

/** Whether a number opens the next coordinate rather than continuing this one (minutes, seconds). */
function startsNew(g: Group, mark: Mark | null): boolean {
  if (g.nums.length === 0) return false;
  const last = g.nums[g.nums.length - 1];
  return g.nums.length === 3 || mark === '°' || last?.mark === '"' || (last?.fraction ?? false);
}

/** Tokens -> coordinate groups, split by separators, letters, signs and degree marks. */
function group(tokens: Token[]): Group[] | null {
  const groups: Group[] = [];
  let cur = emptyGroup();
  const close = () => {
    groups.push(cur);
    cur = emptyGroup();
  };
  for (const tok of tokens) {
    switch (tok.t) {
      case 'sep':
        if (cur.nums.length > 0) close();
        else if (cur.signed || cur.hemi) return null;
        break;
      case 'sign':
        if (cur.nums.length > 0) close();
        if (cur.signed) return null;
        cur.signed = true;
        cur.negative = tok.negative;
        break;
      case 'hemi':
        if (cur.nums.length > 0 && !cur.hemi) {
          cur.hemi = { axis: tok.axis, sign: tok.sign };
          close();
        } else {
          if (cur.nums.length > 0) close();
          if (cur.hemi) return null;
          cur.hemi = { axis: tok.axis, sign: tok.sign };
          cur.hemiFirst = true;
        }
        break;
      case 'num':
        if (startsNew(cur, tok.mark)) close();
        cur.nums.push({ value: tok.value, fraction: tok.fraction, mark: tok.mark });
        break;
      default:
        tok satisfies never;
    }
  }
  if (cur.nums.length > 0) groups.push(cur);
  else if (cur.signed || (cur.hemi && cur.hemiFirst)) return null;
  return groups;
}

/**
 * "8 10 16 115 10 44" has no marks to split it: six bare numbers are two DMS values, four are two DDM values.
 * A run of bare numbers in one group is split in half when the halves are whole.
 */
function splitBare(groups: Group[]): Group[] {
  if (groups.length !== 1) return groups;
  const [g] = groups as [Group];
  const n = g.nums.length;
  if (g.hemi || n % 2 !== 0 || n < 2 || g.nums.some((x) => x.mark !== null)) return groups;
  return [
    { ...g, nums: g.nums.slice(0, n / 2) },
    { ...emptyGroup(), nums: g.nums.slice(n / 2) },
  ];
}

/** Degrees from degrees, minutes, seconds; null when minutes or seconds are 60 or more, or a fraction is not last. */
function degrees(g: Group): number | null {
  const [d, m, s] = g.nums;
  if (!d) return null;
  if (g.nums.slice(0, -1).some((x) => x.fraction)) return null;
  if ((m && m.value >= 60) || (s && s.value >= 60)) return null;
  const marks = g.nums.map((x) => x.mark);
  const order: Array<Mark | null> = ['°', "'", '"'];
  if (marks.some((mk, i) => mk !== null && mk !== order[i])) return null;
  return d.value + (m?.value ?? 0) / 60 + (s?.value ?? 0) / 3600;
}

function signed(g: Group, value: number): number | 'sign' {
  if (g.hemi && g.negative && g.hemi.sign === 1) return 'sign';
  if (g.hemi) return g.hemi.sign * value;
  return g.negative ? -value : value;
}

/** Rounds away binary noise from minutes and seconds (8°10'16" is -8.171111…, kept to 1e-9°). */
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

function read(groups: Group[]): ParsedCoordinates {
  if (groups.length !== 2) return { kind: 'invalid', problem: 'count' };
  const values: number[] = [];
  for (const g of groups) {
    const d = degrees(g);
    if (d === null) return { kind: 'invalid', problem: 'minutes' };
    const v = signed(g, d);
    if (v === 'sign') return { kind: 'invalid', problem: 'sign' };
    values.push(tidy(v));
  }
  const [a, b] = groups as [Group, Group];
  const [va, vb] = values as [number, number];
  const axisA = a.hemi?.axis ?? (b.hemi ? (b.hemi.axis === 'lat' ? 'lon' : 'lat') : 'lat');
  const axisB = b.hemi?.axis ?? (axisA === 'lat' ? 'lon' : 'lat');
  if (axisA === axisB) return { kind: 'invalid', problem: 'axes' };
  const [lat, lon] = axisA === 'lat' ? [va, vb] : [vb, va];
  const lettered = a.hemi !== null || b.hemi !== null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    if (!lettered && Math.abs(lon) <= 90 && Math.abs(lat) <= 180) {
      return { kind: 'swapped', typed: [va, vb], fix: [lat, lon] };
    }
    return Math.abs(lat) > 90
      ? { kind: 'range', axis: 'latitude', value: lat }
      : { kind: 'range', axis: 'longitude', value: lon };
  }
  return { kind: 'point', position: [lon, lat] };
}

/**
 * Reads typed text as a coordinate pair; `{ kind: 'text' }` when it is no coordinate at all (a name to search).
 *
 * @example parseCoordinates(`8°10'16" LS 115°10'44" BT`) // { kind: 'point', position: [115.178889, -8.171111] }
 * @example parseCoordinates('115.179, -8.171') // { kind: 'swapped', typed: [115.179, -8.171], fix: [115.179, -8.171] }
 */
export function parseCoordinates(text: string): ParsedCoordinates {
  const s = normalise(text);
  if (!/\d/.test(s)) return { kind: 'text' };
  // "8,1712 115,1790" and "-8,1712; 115,1790" use decimal commas; "-8.17,115.17" and "-8,115" use a separating one.
  const decimalComma =
    /\d,\d/.test(s) && !/\d\.\d/.test(s) && (/[;\s]/.test(s) || (s.match(/,/g)?.length ?? 0) > 1);
  const tokens = tokenize(s, decimalComma);
  if (tokens === null)
    return /[A-Z]{2,}/.test(s.replace(/\b(LU|LS|BT|BB|DEG|DERAJAT)\b/g, ''))
      ? { kind: 'text' }
      : { kind: 'invalid', problem: 'format' };
  const groups = group(tokens);
  if (groups === null) return { kind: 'invalid', problem: 'format' };
  return read(splitBare(groups));
}
