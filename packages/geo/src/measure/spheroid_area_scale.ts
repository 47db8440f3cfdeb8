import { EARTH_RADIUS_M } from './haversine.ts';

const WGS84_A = 6_378_137;
const WGS84_E2 = 0.006_694_379_990_14;

/**
 * How much smaller (or larger) a small area is on the WGS 84 spheroid than on the mean-radius sphere the grid is
 * laid on, at latitude `lat`: M·N / R², the product of the spheroid's two radii of curvature over the sphere's.
 * About 0.9958 at Buleleng's -8.2°, so 200 m cells counted on the sphere overstate land by 0.42 %.
 *
 * @example spheroidAreaScale(-8.2) // ≈ 0.9958
 */
export function spheroidAreaScale(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  const w2 = 1 - WGS84_E2 * s * s;
  const n = WGS84_A / Math.sqrt(w2);
  const m = (WGS84_A * (1 - WGS84_E2)) / (w2 * Math.sqrt(w2));
  return (m * n) / (EARTH_RADIUS_M * EARTH_RADIUS_M);
}
