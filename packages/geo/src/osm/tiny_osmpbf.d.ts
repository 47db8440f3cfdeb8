declare module 'tiny-osmpbf' {
  interface OsmNode {
    type: 'node';
    id: number;
    lat: number;
    lon: number;
    tags?: Record<string, string>;
  }
  interface OsmWay {
    type: 'way';
    id: number;
    nodes: number[];
    tags?: Record<string, string>;
  }
  interface OsmRelation {
    type: 'relation';
    id: number;
    tags?: Record<string, string>;
  }
  type OsmElement = OsmNode | OsmWay | OsmRelation;
  function tinyOsmPbf(data: Uint8Array, handler?: (element: OsmElement) => void): { elements?: OsmElement[] };
  export default tinyOsmPbf;
}
