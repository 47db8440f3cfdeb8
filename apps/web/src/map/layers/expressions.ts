import type { ExpressionSpecification } from 'maplibre-gl';

type Value = number | string | ExpressionSpecification;

/** A paint value that depends on the feature's hover/selected state (feature-state, no re-upload). */
export function byState(selected: Value, hover: Value, otherwise: Value): ExpressionSpecification {
  return [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    selected,
    ['boolean', ['feature-state', 'hover'], false],
    hover,
    otherwise,
  ];
}

/**
 * `['match', ['get', property], k1, v1, k2, v2, …, fallback]` from a lookup table.
 * @example matchBy('level', { rendah: 0.1, tinggi: 0.5 }, 0.2)
 */
export function matchBy<V extends number | string>(
  property: string,
  table: Readonly<Record<string | number, V>>,
  fallback: V,
): ExpressionSpecification {
  const pairs = Object.entries(table).flatMap(([k, v]) => [/^\d+$/.test(k) ? Number(k) : k, v]);
  // The style-spec tuple type cannot express a variable number of pairs.
  return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}
