import type { Position } from 'geojson';

/**
 * The main road corridors, drawn by hand from general knowledge of Buleleng's roads. A waypoint is either a
 * position or a desa code: the road then passes through that desa's representative point, which is where the
 * settlement meets its main road. Tags are OpenStreetMap tags. Accuracy: hundreds of metres on the coast,
 * up to a kilometre or two in the uplands; the shape between waypoints is a straight line.
 */
export type Waypoint = Position | string;

export interface Corridor {
  key: string;
  tags: Record<string, string>;
  waypoints: Waypoint[];
}

const trunk = { highway: 'trunk', maxspeed: '60', surface: 'asphalt' };
const cityStreet = { highway: 'tertiary', maxspeed: '40', surface: 'asphalt' };

export const SINGARAJA = {
  banyuasri: [115.08, -8.115],
  gajahMada: [115.0865, -8.1155],
  catusPata: [115.092, -8.116],
  surapati: [115.1, -8.114],
  penarukan: [115.108, -8.116],
  pahlawanWest: [115.0865, -8.122],
  ngurahRaiMid: [115.092, -8.122],
  veteranSouth: [115.1, -8.122],
  ngurahRaiSouth: [115.092, -8.128],
  dahliaEnd: [115.108, -8.127],
} as const satisfies Record<string, Position>;

const S = SINGARAJA;

export const CORRIDORS: readonly Corridor[] = [
  {
    key: 'trunk-gilimanuk-singaraja',
    tags: { ...trunk, name: 'Jalan Raya Singaraja-Gilimanuk' },
    waypoints: [
      [114.482, -8.178],
      '51.08.01.2001',
      [114.545, -8.155],
      '51.08.01.2002',
      [114.6, -8.143],
      '51.08.01.2003',
      [114.64, -8.146],
      '51.08.01.2004',
      '51.08.01.2005',
      '51.08.01.2006',
      '51.08.01.2007',
      '51.08.01.2008',
      '51.08.01.2009',
      '51.08.01.2010',
      '51.08.01.2011',
      '51.08.01.2012',
      '51.08.01.2013',
      [114.885, -8.2],
      [114.905, -8.193],
      '51.08.02.2016',
      '51.08.02.1015',
    ],
  },
  {
    key: 'trunk-seririt-singaraja',
    tags: { ...trunk, name: 'Jalan Raya Seririt-Singaraja' },
    waypoints: [
      '51.08.02.1015',
      '51.08.02.2013',
      '51.08.02.2019',
      '51.08.02.2020',
      '51.08.04.2014',
      '51.08.04.2015',
      '51.08.04.2017',
      '51.08.06.2001',
      '51.08.06.2002',
      '51.08.06.2003',
      '51.08.06.2004',
      '51.08.06.2005',
      S.banyuasri,
    ],
  },
  {
    key: 'jalan-ahmad-yani',
    tags: { ...trunk, name: 'Jalan Ahmad Yani', maxspeed: '40' },
    waypoints: [S.banyuasri, S.gajahMada, S.catusPata],
  },
  {
    key: 'jalan-surapati',
    tags: { ...trunk, name: 'Jalan Surapati', maxspeed: '40' },
    waypoints: [S.catusPata, S.surapati, S.penarukan],
  },
  {
    key: 'trunk-singaraja-tejakula',
    tags: { ...trunk, name: 'Jalan Raya Singaraja-Amlapura' },
    waypoints: [
      S.penarukan,
      '51.08.06.1019',
      '51.08.07.2011',
      '51.08.07.2012',
      '51.08.07.2013',
      '51.08.08.2011',
      '51.08.08.2012',
      [115.235, -8.092],
      '51.08.09.2002',
      [115.283, -8.106],
      '51.08.09.2003',
      '51.08.09.2005',
      '51.08.09.2006',
      [115.352, -8.13],
      '51.08.09.2007',
      '51.08.09.2008',
      '51.08.09.2009',
      '51.08.09.2010',
      [115.452, -8.168],
    ],
  },
  {
    key: 'jalan-diponegoro',
    tags: { ...cityStreet, name: 'Jalan Diponegoro' },
    waypoints: [S.catusPata, '51.08.06.1010', '51.08.06.1026'],
  },
  {
    key: 'jalan-ngurah-rai',
    tags: { ...cityStreet, name: 'Jalan Ngurah Rai' },
    waypoints: [S.catusPata, S.ngurahRaiMid, S.ngurahRaiSouth],
  },
  {
    key: 'jalan-gajah-mada',
    tags: { ...cityStreet, name: 'Jalan Gajah Mada' },
    waypoints: [S.gajahMada, S.pahlawanWest],
  },
  {
    key: 'jalan-pahlawan',
    tags: { ...cityStreet, name: 'Jalan Pahlawan' },
    waypoints: [S.pahlawanWest, S.ngurahRaiMid, S.veteranSouth],
  },
  {
    key: 'jalan-veteran',
    tags: { ...cityStreet, name: 'Jalan Veteran' },
    waypoints: [S.surapati, S.veteranSouth],
  },
  {
    key: 'jalan-dahlia',
    tags: { highway: 'residential', name: 'Jalan Dahlia', maxspeed: '30', surface: 'asphalt' },
    waypoints: [S.veteranSouth, [115.104, -8.1245], S.dahliaEnd],
  },
  {
    key: 'primary-singaraja-bedugul',
    tags: { highway: 'primary', name: 'Jalan Raya Singaraja-Denpasar', maxspeed: '50', surface: 'asphalt' },
    waypoints: [
      S.ngurahRaiSouth,
      '51.08.05.1009',
      '51.08.05.2013',
      [115.12, -8.172],
      '51.08.05.2003',
      '51.08.05.2004',
      [115.14, -8.22],
      [115.145, -8.232],
      [115.152, -8.248],
      '51.08.05.2001',
      [115.166, -8.268],
    ],
  },
  {
    key: 'secondary-wanagiri-munduk-banjar',
    tags: { highway: 'secondary', name: 'Jalan Raya Wanagiri-Munduk', maxspeed: '40', surface: 'asphalt' },
    waypoints: [
      [115.145, -8.232],
      '51.08.05.2002',
      [115.1, -8.242],
      '51.08.04.2007',
      '51.08.04.2006',
      '51.08.04.2005',
      '51.08.04.2004',
      '51.08.04.2003',
      '51.08.04.2002',
      '51.08.04.2012',
      '51.08.04.2013',
      '51.08.04.2014',
    ],
  },
  {
    key: 'secondary-seririt-pupuan',
    tags: { highway: 'secondary', name: 'Jalan Raya Seririt-Pupuan', maxspeed: '50', surface: 'asphalt' },
    waypoints: [
      '51.08.02.1015',
      '51.08.02.2009',
      '51.08.02.2003',
      '51.08.02.2004',
      '51.08.02.2005',
      '51.08.03.2011',
      '51.08.03.2012',
      '51.08.03.2004',
      [115.025, -8.322],
    ],
  },
  {
    key: 'primary-kubutambahan-kintamani',
    tags: { highway: 'primary', name: 'Jalan Raya Singaraja-Kintamani', maxspeed: '50', surface: 'asphalt' },
    waypoints: [
      '51.08.08.2011',
      '51.08.08.2006',
      '51.08.08.2010',
      '51.08.08.2005',
      '51.08.08.2004',
      '51.08.08.2002',
      [115.245, -8.2],
      [115.258, -8.212],
    ],
  },
  {
    key: 'tertiary-sangsit-lemukih',
    tags: { highway: 'tertiary', name: 'Jalan Raya Sangsit-Sawan', maxspeed: '40', surface: 'asphalt' },
    waypoints: [
      '51.08.07.2012',
      '51.08.07.2010',
      '51.08.07.2009',
      '51.08.07.2006',
      '51.08.07.2005',
      '51.08.07.2002',
      '51.08.07.2003',
      '51.08.07.2001',
    ],
  },
  {
    key: 'tertiary-pemaron-panji',
    tags: { highway: 'tertiary', name: 'Jalan Raya Pemaron-Panji', maxspeed: '40', surface: 'asphalt' },
    waypoints: ['51.08.06.2004', '51.08.06.2014', '51.08.05.2010', '51.08.05.2011', '51.08.05.2012'],
  },
  {
    key: 'tertiary-seririt-busungbiu-west',
    tags: { highway: 'tertiary', name: 'Jalan Raya Busungbiu-Sepang', maxspeed: '40', surface: 'asphalt' },
    waypoints: ['51.08.03.2011', '51.08.03.2005', '51.08.03.2003', '51.08.03.2002', '51.08.03.2015'],
  },
  {
    key: 'tertiary-tejakula-madenan',
    tags: { highway: 'tertiary', name: 'Jalan Raya Bondalem-Madenan', maxspeed: '30', surface: 'asphalt' },
    waypoints: ['51.08.09.2005', '51.08.09.2004'],
  },
];
