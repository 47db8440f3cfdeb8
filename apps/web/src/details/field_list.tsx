import type { ReactNode } from 'react';

export interface FieldRow {
  label: string;
  value: ReactNode;
}

/** Label/value rows; rows without a value are left out rather than shown empty. */
export function FieldList({ rows }: { rows: Array<FieldRow | null | false> }) {
  const shown = rows.filter(
    (r): r is FieldRow => !!r && r.value !== null && r.value !== undefined && r.value !== '',
  );
  return (
    <dl className="fields">
      {shown.map((r) => (
        <div key={r.label} className="fields__row">
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
