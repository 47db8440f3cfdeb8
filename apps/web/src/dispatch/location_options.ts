import type { Catalogue, Locale } from '@siaga/i18n';
import { areaLabel, fill, formatNumber } from '@siaga/i18n';
import type { AdminAreaFeature, Position } from '@siaga/schema';
import type { GazetteerIndex, PlaceKind } from '../gazetteer/gazetteer_index.ts';
import { locatePoint, type Whereabouts } from '../gazetteer/locate_point.ts';
import type { LonLat } from '../gazetteer/parse_coordinates.ts';
import { placeable, readCoordinates } from '../gazetteer/read_coordinates.ts';
import { searchGazetteer } from '../gazetteer/search_gazetteer.ts';
import { formatDistance } from './route_list.tsx';

/** One choice of the location list: a search result, typed coordinates, or the fix offered for them. */
export interface LocationOption {
  key: string;
  kind: PlaceKind | 'coordinates';
  title: string;
  secondary: string;
  position: LonLat;
  /** The value's label: the name it was found by, null for coordinates. */
  label: string | null;
  desaCode: string | null;
  source: 'search' | 'coordinates';
  /** A fix the dispatcher must choose (swapped, missing minus), shown as a warning. */
  fix: boolean;
}

export interface LocationChoices {
  options: LocationOption[];
  /** What is wrong with typed coordinates, or why nothing was found. */
  message: string | null;
}

/** "-8,15800; 115,24200" (id) or "-8.158, 115.242" (en): the app's own way of writing a point, which it reads back. */
export function formatPoint(locale: Locale, t: Catalogue, [lon, lat]: Position): string {
  return fill(t.search.coordinates, { lat: formatNumber(locale, lat, 5), lon: formatNumber(locale, lon, 5) });
}

/** "Desa Mengening · Kec. Kubutambahan" (or kelurahan); either part may be missing. */
export function desaLine(
  t: Catalogue,
  desa: AdminAreaFeature | null,
  kecamatan: AdminAreaFeature | null,
): string {
  const parts: string[] = [];
  if (desa) {
    const kelurahan = desa.properties.isKelurahan ?? false;
    parts.push(fill(kelurahan ? t.search.kelurahanLine : t.search.desaLine, { name: desa.properties.name }));
  }
  if (kecamatan) parts.push(fill(t.search.kecamatanLine, { name: kecamatan.properties.name }));
  return parts.join(' · ');
}

/** Where a point lies, in words: its desa and kecamatan, or at sea / outside and how far. */
export function whereLine(locale: Locale, t: Catalogue, where: Whereabouts): string {
  switch (where.kind) {
    case 'desa':
      return desaLine(t, where.desa, where.kecamatan);
    case 'outside':
      return fill(t.search.outside, {
        area: areaLabel(t, where.areaNames),
        distance: formatDistance(locale, t, where.distanceM),
      });
    case 'sea':
      return fill(t.whereabouts.sea, { distance: formatDistance(locale, t, where.distanceM) });
    case 'unknown':
      return t.search.areasLoading;
    default:
      return where satisfies never;
  }
}

function pointOption(
  locale: Locale,
  t: Catalogue,
  position: LonLat,
  where: Whereabouts,
  fixTitle: string | null,
): LocationOption {
  return {
    key: `coordinates:${position.join(',')}`,
    kind: 'coordinates',
    title: fixTitle ?? formatPoint(locale, t, position),
    secondary: whereLine(locale, t, where),
    position,
    label: null,
    desaCode: where.kind === 'desa' ? where.desa.properties.code : null,
    source: 'coordinates',
    fix: fixTitle !== null,
  };
}

function coordinateChoices(
  locale: Locale,
  t: Catalogue,
  text: string,
  index: GazetteerIndex,
): LocationChoices | null {
  const r = readCoordinates(text, index.admin);
  const at = (p: LonLat) => ({ lat: formatNumber(locale, p[1], 5), lon: formatNumber(locale, p[0], 5) });
  switch (r.kind) {
    case 'text':
      return null;
    case 'point':
      return placeable(r.where)
        ? { options: [pointOption(locale, t, r.position, r.where, null)], message: null }
        : {
            options: [],
            message: fill(t.search.notPlaceable, {
              area: areaLabel(t, index.admin.areaNames),
              where: whereLine(locale, t, r.where),
            }),
          };
    case 'swapped':
      return {
        options: placeable(r.where)
          ? [pointOption(locale, t, r.fix, r.where, fill(t.search.swapped, at(r.fix)))]
          : [],
        message: t.search.swappedHelp,
      };
    case 'sign':
      return {
        options: [pointOption(locale, t, r.fix, r.where, fill(t.search.sign, at(r.fix)))],
        message: fill(t.search.signHelp, { ...at(r.typed), area: areaLabel(t, index.admin.areaNames) }),
      };
    case 'range':
      return {
        options: [],
        message: fill(t.search.range[r.axis], { value: formatNumber(locale, r.value, 5) }),
      };
    case 'invalid':
      return { options: [], message: t.search.problem[r.problem] };
    default:
      return r satisfies never;
  }
}

/**
 * What the location box offers for its text: the point (or the fix) when the text is coordinates, else the
 * ranked gazetteer results, each with its desa and kecamatan.
 */
export function locationChoices(
  locale: Locale,
  t: Catalogue,
  text: string,
  index: GazetteerIndex,
): LocationChoices {
  if (text.trim() === '') return { options: [], message: null };
  const coordinates = coordinateChoices(locale, t, text, index);
  if (coordinates) return coordinates;
  const results = searchGazetteer(index, text);
  if (results.length === 0) return { options: [], message: fill(t.search.noResults, { text: text.trim() }) };
  return {
    options: results.map((r) => ({
      key: `${r.kind}:${r.id}`,
      kind: r.kind,
      title: r.label,
      secondary: desaLine(t, r.kind === 'desa' || r.kind === 'kelurahan' ? null : r.desa, r.kecamatan),
      position: r.position,
      label: r.label,
      desaCode: r.desa?.properties.code ?? null,
      source: 'search',
      fix: false,
    })),
    message: null,
  };
}

/** The desa of a point placed on the map, for the value's desaCode. */
export function desaCodeAt(index: GazetteerIndex, position: Position): string | null {
  const where = locatePoint(index.admin, [position[0], position[1]]);
  return where.kind === 'desa' ? where.desa.properties.code : null;
}
