import type { Position } from 'geojson';

/**
 * An approximation of Buleleng's land border with Jembrana, Tabanan, Bangli and Karangasem, west to east,
 * drawn by hand along the ridge of the central mountains (north of Gilimanuk bay, the West Bali hills, the
 * Busungbiu spur toward Pupuan, north of Lake Beratan, the Kintamani caldera rim, east to Tembok). It starts
 * and ends at sea so that it cuts the coastline cleanly. Accuracy: a few kilometres.
 */
export const SOUTHERN_BOUNDARY: readonly Position[] = [
  [114.4, -8.14],
  [114.452, -8.158],
  [114.48, -8.184],
  [114.52, -8.198],
  [114.56, -8.205],
  [114.6, -8.214],
  [114.65, -8.224],
  [114.7, -8.232],
  [114.75, -8.238],
  [114.8, -8.245],
  [114.84, -8.256],
  [114.87, -8.275],
  [114.895, -8.305],
  [114.915, -8.34],
  [114.935, -8.368],
  [114.96, -8.376],
  [114.985, -8.362],
  [115.005, -8.345],
  [115.025, -8.33],
  [115.045, -8.312],
  [115.06, -8.296],
  [115.085, -8.287],
  [115.11, -8.283],
  [115.14, -8.28],
  [115.17, -8.274],
  [115.2, -8.258],
  [115.23, -8.238],
  [115.26, -8.222],
  [115.29, -8.2],
  [115.32, -8.188],
  [115.35, -8.184],
  [115.38, -8.186],
  [115.41, -8.19],
  [115.44, -8.193],
  [115.462, -8.19],
  [115.478, -8.182],
  [115.5, -8.15],
];

/** Latitude north of everything: the cut polygon is the boundary closed through the open sea. */
export const NORTH_SEA_LAT = -7.9;
