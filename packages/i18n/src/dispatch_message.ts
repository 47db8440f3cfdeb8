import type { IncidentStatus, IncidentType, ItemType, UnitType } from '@siaga/schema';
import { areaLabel } from './area_label.ts';
import { DISPLAY_TIME_ZONE, formatDateTime, formatDuration, formatNumber } from './format.ts';
import type { Catalogue } from './id.ts';
import { catalogues, fill, intlTag, type Locale } from './locale.ts';

/** What goes to the incident: ETA clock time = departAt + etaSeconds; `roads` are the main roads in route order. */
interface Leg {
  etaSeconds: number | null;
  departAt: string;
  roads: string[];
}

export interface DispatchMessageInput {
  incident: {
    title: string;
    incidentType: IncidentType;
    status: IncidentStatus;
    reportedAt: string;
    lon: number;
    lat: number;
    desaName: string | null;
    kecamatanName: string | null;
    reporterName?: string | null;
    reporterPhone?: string | null;
    peopleAffected?: number | null;
    notes?: string | null;
  };
  units: Array<Leg & { callSign: string; unitType: UnitType; postName: string }>;
  items: Array<Leg & { itemType: ItemType; quantity: number; cacheName: string }>;
  closures: Array<{ roadName: string | null; reason: string | null }>;
  /** The stored kabupaten's name(s), for the signature ("Pusdalops BPBD Kabupaten Buleleng"). */
  areaNames: string[];
}

export interface DispatchMessageText {
  text: string;
  whatsappUrl: string;
  geoUri: string;
}

/** Coordinates with 5 decimals (about 1 m), the form GPS apps and `geo:` links read. */
const coordinate = (n: number) => n.toFixed(5);

function clockTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(intlTag[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(new Date(iso));
}

/** ", tiba sekitar pukul 14.32 WITA (12 menit), lewat Jl. A, Jl. B" (each part only when known). */
function legDetails(locale: Locale, t: Catalogue, leg: Leg): string {
  const m = t.dispatchMessage;
  const parts: string[] = [];
  if (leg.etaSeconds !== null) {
    const seconds = Math.max(60, Math.round(leg.etaSeconds / 60) * 60);
    // The clock time agrees with the whole minutes shown beside it.
    const arrival = new Date(new Date(leg.departAt).getTime() + seconds * 1000).toISOString();
    parts.push(
      fill(m.eta, {
        clock: clockTime(locale, arrival),
        zone: t.units.timeZone,
        duration: formatDuration(locale, t, seconds),
      }),
    );
  }
  if (leg.roads.length > 0) parts.push(fill(m.roads, { roads: leg.roads.join(', ') }));
  return parts.map((p) => `, ${p}`).join('');
}

function incidentLines(
  locale: Locale,
  t: Catalogue,
  incident: DispatchMessageInput['incident'],
  geoUri: string,
) {
  const m = t.dispatchMessage;
  const who = [incident.reporterName, incident.reporterPhone].filter((s) => s?.trim()).join(', ');
  const lines = [
    fill(m.heading, { title: incident.title }),
    fill(m.typeStatus, {
      type: t.enums.incidentType[incident.incidentType],
      status: t.enums.incidentStatus[incident.status],
    }),
    fill(m.reportedAt, { time: formatDateTime(locale, t, incident.reportedAt) }),
  ];
  if (who) lines.push(fill(m.reporter, { who }));
  if (incident.peopleAffected != null)
    lines.push(fill(m.peopleAffected, { n: formatNumber(locale, incident.peopleAffected) }));
  lines.push(
    incident.desaName
      ? fill(m.location, { desa: incident.desaName, kecamatan: incident.kecamatanName ?? '?' })
      : m.locationUnknown,
    fill(m.coordinates, { lat: coordinate(incident.lat), lon: coordinate(incident.lon) }),
    fill(m.mapLink, { uri: geoUri }),
  );
  if (incident.notes?.trim()) lines.push(fill(m.notes, { notes: incident.notes.trim() }));
  return lines;
}

/**
 * The dispatch message for WhatsApp or SMS, in the interface's language: the incident, where it is (desa,
 * kecamatan, coordinates and a `geo:` link), each unit with its post, main roads and arrival as WITA clock time,
 * the items and their caches, the closures to avoid. Pure: the API and the web app build the same text.
 *
 * @example dispatchMessage({ incident, units: [], items: [], closures: [] }, 'id').whatsappUrl
 */
export function dispatchMessage(input: DispatchMessageInput, locale: Locale): DispatchMessageText {
  const t = catalogues[locale];
  const m = t.dispatchMessage;
  const { incident } = input;
  const geoUri = `geo:${coordinate(incident.lat)},${coordinate(incident.lon)}`;
  const blocks: string[][] = [incidentLines(locale, t, incident, geoUri)];
  blocks.push(
    input.units.length === 0
      ? [m.noUnits]
      : [
          m.unitsHeading,
          ...input.units.map(
            (u) =>
              fill(m.unitLine, {
                callSign: u.callSign,
                unitType: t.enums.unitType[u.unitType],
                post: u.postName,
              }) + legDetails(locale, t, u),
          ),
        ],
  );
  if (input.items.length > 0)
    blocks.push([
      m.itemsHeading,
      ...input.items.map(
        (i) =>
          fill(m.itemLine, {
            quantity: formatNumber(locale, i.quantity),
            item: t.enums.itemType[i.itemType],
            cache: i.cacheName,
          }) + legDetails(locale, t, i),
      ),
    ]);
  if (input.closures.length > 0)
    blocks.push([
      m.closuresHeading,
      ...input.closures.map((c) => {
        const road = c.roadName ?? m.unnamedRoad;
        return c.reason?.trim()
          ? fill(m.closureReason, { road, reason: c.reason.trim() })
          : fill(m.closureLine, { road });
      }),
    ]);
  blocks.push([fill(m.signature, { area: areaLabel(t, input.areaNames) })]);
  const text = blocks.map((b) => b.join('\n')).join('\n\n');
  return { text, geoUri, whatsappUrl: `https://wa.me/?text=${encodeURIComponent(text)}` };
}
