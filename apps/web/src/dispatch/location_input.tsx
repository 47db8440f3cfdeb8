import { fill } from '@siaga/i18n';
import type { Position } from '@siaga/schema';
import { useRef, useState } from 'react';
import { locatePoint } from '../gazetteer/locate_point.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import './location_input.css';
import { LocationCombobox } from './location_combobox.tsx';
import { desaCodeAt, formatPoint, whereLine } from './location_options.ts';
import { PlaceOnMapButton } from './place_on_map_button.tsx';
import { useGazetteer } from './use_gazetteer.ts';

export interface LocationValue {
  position: Position;
  /** The name it was found by; null for coordinates or a map click. */
  label: string | null;
  desaCode: string | null;
}

export type LocationChange = (point: Position | null, label: string | null, desaCode: string | null) => void;

/** Placements kept for undo. */
const UNDO_DEPTH = 20;

/**
 * A location by name or coordinates (one box), or by one explicit click on the map, with undo of the last
 * placements; shows where the point lies (desa and kecamatan). Controlled: `value` in, `onChange` out.
 */
export function LocationInput({
  value,
  onChange,
  id = 'incident-location',
}: {
  value: LocationValue | null;
  onChange: LocationChange;
  id?: string;
}) {
  const { t, locale } = useI18n();
  const index = useGazetteer();
  const [history, setHistory] = useState<Array<LocationValue | null>>([]);
  // A new box (empty text) after a map placement, an undo or a clear, so it never shows a stale search.
  const [boxKey, setBoxKey] = useState(0);
  const current = useRef(value);
  current.current = value;

  const change = (next: LocationValue | null, fromBox: boolean) => {
    setHistory((h) => [...h.slice(1 - UNDO_DEPTH), current.current]);
    if (!fromBox) setBoxKey((k) => k + 1);
    onChange(next?.position ?? null, next?.label ?? null, next?.desaCode ?? null);
  };
  const undo = () => {
    const previous = history.at(-1);
    if (previous === undefined) return;
    setHistory((h) => h.slice(0, -1));
    setBoxKey((k) => k + 1);
    onChange(previous?.position ?? null, previous?.label ?? null, previous?.desaCode ?? null);
  };

  const where = value ? locatePoint(index.admin, [value.position[0], value.position[1]]) : null;
  return (
    <div className="location-input">
      <LocationCombobox
        key={boxKey}
        id={id}
        index={index}
        onPick={(o) => change({ position: o.position, label: o.label, desaCode: o.desaCode }, true)}
      />
      <div className="location-input__actions">
        <PlaceOnMapButton
          onPlace={(p) => change({ position: p, label: null, desaCode: desaCodeAt(index, p) }, false)}
        />
        <button
          type="button"
          className="link-button"
          disabled={history.length === 0}
          data-testid="location-undo"
          onClick={undo}
        >
          {t.search.undo}
        </button>
        <button
          type="button"
          className="link-button"
          disabled={value === null}
          data-testid="location-clear"
          onClick={() => change(null, false)}
        >
          {t.search.clear}
        </button>
      </div>
      {value && where && (
        <p className="incident-now" data-testid="incident-now" data-desa={value.desaCode ?? ''}>
          <span className="marker-dot marker-dot--incident" aria-hidden="true" />
          <span>
            {fill(t.search.incidentAt, { place: value.label ?? formatPoint(locale, t, value.position) })}
            <span className="incident-now__where" data-testid="incident-where">
              {whereLine(locale, t, where)}
            </span>
          </span>
        </p>
      )}
    </div>
  );
}
