import {
  AdminAreaFeature,
  CacheFeature,
  CacheItem,
  feature,
  featureCollection,
  HazardZoneFeature,
  IncidentFeature,
  PostFeature,
  RoadFeature,
} from '@siaga/schema';
import { z } from 'zod';

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
