import { z } from 'zod';

/** Kinds of response post. `combined_post` is the BPBD post with a Damkar (fire brigade) unit the regent asked for. */
export const PostKind = z.enum(['fire_station', 'bpbd_post', 'combined_post', 'volunteer_post']);
export type PostKind = z.infer<typeof PostKind>;

export const PostStatus = z.enum(['operational', 'planned', 'proposed', 'closed']);
export type PostStatus = z.infer<typeof PostStatus>;

export const AdminLevel = z.enum(['kabupaten', 'kecamatan', 'desa']);
export type AdminLevel = z.infer<typeof AdminLevel>;

/** The equipment catalogue. Closed on purpose: dispatch filters ("a cache with 2 chainsaws") need shared names. */
export const ItemType = z.enum([
  'fire_engine',
  'water_tanker',
  'rescue_vehicle',
  'ambulance',
  'portable_pump',
  'chainsaw',
  'rubber_boat',
  'life_jacket',
  'generator',
  'light_tower',
  'tent',
  'first_aid_kit',
  'stretcher',
  'excavator',
  'hand_tools',
]);
export type ItemType = z.infer<typeof ItemType>;

/** Condition classes used in Indonesian government asset inventories (BMD). */
export const ItemCondition = z.enum(['baik', 'rusak_ringan', 'rusak_berat']);
export type ItemCondition = z.infer<typeof ItemCondition>;

/** BNPB hazard classes that apply to Buleleng. */
export const HazardType = z.enum([
  'flood',
  'flash_flood',
  'landslide',
  'tsunami',
  'extreme_wave_abrasion',
  'volcanic',
  'earthquake',
  'forest_fire',
  'drought',
  'extreme_weather',
]);
export type HazardType = z.infer<typeof HazardType>;

/** InaRISK hazard levels. */
export const HazardLevel = z.enum(['rendah', 'sedang', 'tinggi']);
export type HazardLevel = z.infer<typeof HazardLevel>;

export const IncidentType = z.enum([...HazardType.options, 'building_fire', 'rescue', 'other']);
export type IncidentType = z.infer<typeof IncidentType>;

/** The incident workflow's states; the allowed moves are in incident_workflow.ts. */
export const IncidentStatus = z.enum(['reported', 'verified', 'responding', 'resolved', 'cancelled']);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

/** Vehicles a post keeps ready for dispatch. */
export const UnitType = z.enum([
  'fire_engine',
  'water_tanker',
  'rescue_vehicle',
  'ambulance',
  'pickup',
  'motorcycle',
  'boat',
]);
export type UnitType = z.infer<typeof UnitType>;

/** `assigned` is set and cleared only by assignments; people set `available` and `maintenance`. */
export const UnitStatus = z.enum(['available', 'assigned', 'maintenance']);
export type UnitStatus = z.infer<typeof UnitStatus>;

/** What an assignment sends to an incident: one unit of a post, or items from a cache. */
export const AssignmentKind = z.enum(['unit', 'items']);
export type AssignmentKind = z.infer<typeof AssignmentKind>;

/** An assignment only moves forward: dispatched -> en_route -> on_scene -> cleared (steps may be skipped). */
export const AssignmentStatus = z.enum(['dispatched', 'en_route', 'on_scene', 'cleared']);
export type AssignmentStatus = z.infer<typeof AssignmentStatus>;

/** What an incident's timeline records. */
export const IncidentEventKind = z.enum([
  'created',
  'edited',
  'status',
  'assignment',
  'assignment_status',
  'note',
  'closure',
]);
export type IncidentEventKind = z.infer<typeof IncidentEventKind>;

/** OSM `highway` values kept as roads; everything else (footway, path, steps, …) is not drivable. */
export const RoadClass = z.enum([
  'motorway',
  'motorway_link',
  'trunk',
  'trunk_link',
  'primary',
  'primary_link',
  'secondary',
  'secondary_link',
  'tertiary',
  'tertiary_link',
  'unclassified',
  'residential',
  'living_street',
  'service',
  'track',
  'road',
]);
export type RoadClass = z.infer<typeof RoadClass>;

/** Direction of travel allowed along a road's digitised direction: OSM oneway=yes is `forward`, oneway=-1 is `backward`. */
export const Oneway = z.enum(['no', 'forward', 'backward']);
export type Oneway = z.infer<typeof Oneway>;
