import { z } from 'zod';
import { AdminAreaFeature } from './admin_area.ts';
import { CacheFeature, CacheItem } from './cache.ts';
import { feature, featureCollection } from './feature.ts';
import { HazardZoneFeature } from './hazard_zone.ts';
import { IncidentFeature } from './incident.ts';
import { PostFeature } from './post.ts';
import { RoadFeature } from './road.ts';

// What the list routes answer: the API declares them in its OpenAPI document, the web app checks its fetches with them.
export const PostCollection = featureCollection(PostFeature).meta({ id: 'PostCollection' });
export const CacheCollection = featureCollection(CacheFeature).meta({ id: 'CacheCollection' });
export const HazardZoneCollection = featureCollection(HazardZoneFeature).meta({ id: 'HazardZoneCollection' });
export const IncidentCollection = featureCollection(IncidentFeature).meta({ id: 'IncidentCollection' });
/** An administrative area without its boundary (`geometry=false`): names, codes and figures only. */
export const AdminAreaSummary = feature(z.null(), AdminAreaFeature.shape.properties).meta({
  id: 'AdminAreaSummary',
});
export const AdminAreaCollection = featureCollection(z.union([AdminAreaFeature, AdminAreaSummary])).meta({
  id: 'AdminAreaCollection',
});
export const RoadCollection = featureCollection(RoadFeature).meta({ id: 'RoadCollection' });
export const CacheItemList = z.array(CacheItem).meta({ id: 'CacheItemList' });
