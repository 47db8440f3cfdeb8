export { IMPLICIT_MAXSPEED_KMH, parseMaxspeed, WALK_MAXSPEED_KMH } from './osm/maxspeed.ts';
export { type RoadFromTags, roadFromOsmTags } from './osm/road_from_tags.ts';
