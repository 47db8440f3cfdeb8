import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';

/** Points the user placed on the map (candidate posts, road closures), each with a remove button. */
export function MarkerList<M extends { id: string }>({
  markers,
  testId,
  dotClass,
  dotText,
  at,
  onRemove,
}: {
  markers: readonly M[];
  testId: string;
  /** The dot's modifier class and text, as the marker is drawn on the map. */
  dotClass: string;
  dotText: (marker: M) => string;
  at: (marker: M) => ReactNode;
  onRemove: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <ul className="marker-list" data-testid={testId}>
      {markers.map((m) => (
        <li key={m.id}>
          <span className={`marker-dot ${dotClass}`}>{dotText(m)}</span>
          <span className="marker-list__at">{at(m)}</span>
          <button type="button" className="link-button" onClick={() => onRemove(m.id)}>
            {t.planner.remove}
          </button>
        </li>
      ))}
    </ul>
  );
}
