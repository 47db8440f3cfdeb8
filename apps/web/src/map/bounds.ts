/** Kabupaten Buleleng, west-south-east-north, from the official extent (lon 114.43..115.46, lat -8.38..-8.06). */
export const BULELENG_BOUNDS: [[number, number], [number, number]] = [
  [114.43, -8.38],
  [115.46, -8.06],
];

/** How far the user may pan: the whole of Bali and its straits, so the view cannot get lost at sea. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [113.8, -9.2],
  [116.2, -7.4],
];
