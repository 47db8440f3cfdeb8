import {
  AdminAreaFeature,
  CacheFeature,
  CacheItem,
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
export const AdminAreaCollection = featureCollection(AdminAreaFeature).meta({ id: 'AdminAreaCollection' });
export const RoadCollection = featureCollection(RoadFeature).meta({ id: 'RoadCollection' });
export const CacheItemList = z.array(CacheItem).meta({ id: 'CacheItemList' });
