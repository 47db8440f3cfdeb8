import { z } from 'zod';
import { TravelMinutes } from './coverage.ts';
import { HazardLevel, HazardType, ItemType } from './enums.ts';
import { PointGeometry } from './geometry.ts';
import { RoutingProfile } from './routing.ts';
import { MarkedSite } from './siting.ts';

/** One line of a kit: so many units of one catalogue item. */
export const KitLine = z
  .strictObject({ itemType: ItemType, quantity: z.number().int().min(1).max(1_000) })
  .meta({ id: 'KitLine' });
export type KitLine = z.infer<typeof KitLine>;

/** What one hazard zone should have within reach; one line per item type. */
export const Kit = z
  .array(KitLine)
  .max(ItemType.options.length)
  .refine((lines) => new Set(lines.map((l) => l.itemType)).size === lines.length, {
    message: 'each item type at most once per kit',
  })
  .meta({ id: 'Kit' });
export type Kit = z.infer<typeof Kit>;

/**
 * The default kit per hazard type, after BNPB/BPBD practice (docs: DOMAIN.md): an editable default, not a rule.
 * Items outside the catalogue (shovels, crowbars, APAR, sirens) are left out or folded into `hand_tools`.
 */
export const DEFAULT_KITS: Partial<Record<HazardType, KitLine[]>> = {
  landslide: [
    { itemType: 'chainsaw', quantity: 2 },
    { itemType: 'generator', quantity: 1 },
    { itemType: 'tent', quantity: 2 },
    { itemType: 'stretcher', quantity: 2 },
    { itemType: 'hand_tools', quantity: 10 },
    { itemType: 'excavator', quantity: 1 },
  ],
  flood: [
    { itemType: 'rubber_boat', quantity: 1 },
    { itemType: 'life_jacket', quantity: 10 },
    { itemType: 'portable_pump', quantity: 2 },
    { itemType: 'generator', quantity: 1 },
  ],
  flash_flood: [
    { itemType: 'rubber_boat', quantity: 1 },
    { itemType: 'life_jacket', quantity: 10 },
    { itemType: 'chainsaw', quantity: 1 },
    { itemType: 'generator', quantity: 1 },
  ],
  forest_fire: [
    { itemType: 'water_tanker', quantity: 1 },
    { itemType: 'portable_pump', quantity: 2 },
    { itemType: 'hand_tools', quantity: 10 },
  ],
  tsunami: [
    { itemType: 'tent', quantity: 4 },
    { itemType: 'generator', quantity: 1 },
    { itemType: 'first_aid_kit', quantity: 5 },
    { itemType: 'light_tower', quantity: 1 },
  ],
  extreme_wave_abrasion: [
    { itemType: 'rubber_boat', quantity: 1 },
    { itemType: 'life_jacket', quantity: 10 },
  ],
  volcanic: [
    { itemType: 'tent', quantity: 4 },
    { itemType: 'first_aid_kit', quantity: 5 },
    { itemType: 'generator', quantity: 1 },
  ],
  earthquake: [
    { itemType: 'tent', quantity: 4 },
    { itemType: 'generator', quantity: 1 },
    { itemType: 'light_tower', quantity: 1 },
    { itemType: 'stretcher', quantity: 4 },
    { itemType: 'first_aid_kit', quantity: 5 },
  ],
  drought: [{ itemType: 'water_tanker', quantity: 1 }],
  extreme_weather: [
    { itemType: 'chainsaw', quantity: 2 },
    { itemType: 'generator', quantity: 1 },
    { itemType: 'tent', quantity: 2 },
  ],
};

/**
 * Indicative unit prices in rupiah (e-katalog order of magnitude, 2024) for buying one item; the planner edits
 * them. The excavator's is a year's standby contract with a contractor (on call), not a purchase.
 */
export const DEFAULT_ITEM_PRICES: Record<ItemType, number> = {
  fire_engine: 2_500_000_000,
  water_tanker: 1_200_000_000,
  rescue_vehicle: 900_000_000,
  ambulance: 650_000_000,
  portable_pump: 45_000_000,
  chainsaw: 8_000_000,
  rubber_boat: 150_000_000,
  life_jacket: 400_000,
  generator: 25_000_000,
  light_tower: 150_000_000,
  tent: 15_000_000,
  first_aid_kit: 1_000_000,
  stretcher: 2_500_000,
  excavator: 240_000_000,
  hand_tools: 500_000,
};

/** Moving one unit between caches (loading, transport, paperwork) costs this share of its price by default. */
export const DEFAULT_MOVE_SHARE = 0.05;

/**
 * Moving one unit also costs this many rupiah per km of road between the two caches (a pick-up's fuel and
 * driver shared by its load), so the nearer source is the cheaper one.
 */
export const DEFAULT_MOVE_COST_PER_KM = 2_500;

export const ItemPrice = z
  .strictObject({
    buy: z.number().positive().max(1e12),
    move: z.number().min(0).max(1e12).optional().meta({ description: 'Default: 5% of buy' }),
  })
  .meta({ id: 'ItemPrice' });
export type ItemPrice = z.infer<typeof ItemPrice>;

export const PrepositioningCandidates = z
  .strictObject({
    sources: z.array(z.enum(['planned', 'proposed', 'desa', 'marked'])).default(['planned', 'proposed']),
    marked: z.array(MarkedSite).max(200).default([]),
    capacity: z.number().int().min(1).max(10_000).default(40).meta({
      description: 'Kit units a new cache may hold',
    }),
    openCost: z.number().min(0).max(1e12).default(25_000_000).meta({
      description: 'Rupiah to set up a new cache (shelving, lock, inventory)',
    }),
  })
  .meta({ id: 'PrepositioningCandidates' });
export type PrepositioningCandidates = z.infer<typeof PrepositioningCandidates>;

export const PrepositioningRequest = z
  .strictObject({
    hazardTypes: z.array(HazardType).min(1).max(HazardType.options.length).optional().meta({
      description: 'Default: every hazard type with a kit',
    }),
    level: HazardLevel.default('tinggi'),
    orAbove: z.boolean().default(true).meta({ description: 'Also the zones above `level`' }),
    kits: z.partialRecord(HazardType, Kit).default({}).meta({
      description: 'Kits per hazard type, replacing the defaults (DEFAULT_KITS) of the types given',
    }),
    standard: z
      .strictObject({ minutes: TravelMinutes.default(30), countTurnout: z.boolean().default(true) })
      .default({ minutes: 30, countTurnout: true }),
    prices: z.partialRecord(ItemType, ItemPrice).default({}),
    moveCostPerKm: z.number().min(0).max(1e9).default(DEFAULT_MOVE_COST_PER_KM).meta({
      description:
        'Rupiah per unit per km of road between the two caches, added to each move (default 2,500): the nearer source is preferred',
    }),
    budget: z.number().positive('the budget must be above zero').max(1e14).optional().meta({
      description: 'Rupiah for moves, purchases and new caches; without it the whole kit at least cost',
    }),
    existingHeadroom: z.number().int().min(0).max(10_000).default(20).meta({
      description: 'Kit units an existing cache may take beyond its kit stock today',
    }),
    candidates: PrepositioningCandidates.default({
      sources: ['planned', 'proposed'],
      marked: [],
      capacity: 40,
      openCost: 25_000_000,
    }),
    profile: RoutingProfile,
    exact: z.boolean().default(true),
    timeLimitS: z.number().min(1).max(120).default(10),
  })
  .meta({ id: 'PrepositioningRequest' });
export type PrepositioningRequest = z.infer<typeof PrepositioningRequest>;

const cacheRef = z.object({ id: z.string(), name: z.string().nullable() });

export const PrepositionedHolding = z
  .object({
    cache: cacheRef,
    itemType: ItemType,
    stock: z.number().int(),
    hold: z.number().int(),
    bought: z.number().int(),
    movedIn: z.array(cacheRef.extend({ units: z.number().int() })),
    movedOut: z.array(cacheRef.extend({ units: z.number().int() })),
    serves: z
      .array(
        z.object({
          zoneId: z.string(),
          zoneName: z.string(),
          seconds: z.number(),
          before: cacheRef.extend({ seconds: z.number() }).nullable(),
        }),
      )
      .meta({
        description: 'Zones whose kit has this item that the cache reaches, and who reached them before',
      }),
  })
  .meta({ id: 'PrepositionedHolding' });
export type PrepositionedHolding = z.infer<typeof PrepositionedHolding>;

export const PrepositioningCache = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    source: z.enum(['existing', 'planned', 'proposed', 'desa', 'marked']),
    point: PointGeometry,
    opened: z.boolean(),
    items: z.array(z.object({ itemType: ItemType, stock: z.number().int(), hold: z.number().int() })),
  })
  .meta({ id: 'PrepositioningCache' });
export type PrepositioningCache = z.infer<typeof PrepositioningCache>;

export const PrepositioningZone = z
  .object({
    id: z.string(),
    name: z.string(),
    hazardType: HazardType,
    level: HazardLevel,
    point: PointGeometry.meta({ description: 'The central land point travel is measured to' }),
    lines: z.array(
      z.object({
        itemType: ItemType,
        need: z.number().int(),
        before: z.number().int(),
        after: z.number().int(),
        shortfall: z.number().int(),
      }),
    ),
    complete: z.boolean(),
    reachable: z.boolean().meta({ description: 'False when no cache or candidate is within the standard' }),
  })
  .meta({ id: 'PrepositioningZone' });
export type PrepositioningZone = z.infer<typeof PrepositioningZone>;

export const PrepositioningResponse = z
  .object({
    version: z.string(),
    profile: RoutingProfile,
    level: HazardLevel,
    standardSeconds: z.number(),
    phase: z.enum(['fast', 'exact']),
    status: z.enum(['heuristic', 'optimal', 'time_limit']),
    gap: z.number().nullable(),
    costBound: z.number().nullable().meta({
      description: 'Proven least cost of the whole kit everywhere (when the plan achieves it)',
    }),
    fastMs: z.number(),
    exactMs: z.number().nullable(),
    cost: z.object({ total: z.number(), move: z.number(), buy: z.number(), open: z.number() }),
    movedUnits: z.number().int(),
    boughtUnits: z.number().int(),
    missingBefore: z
      .number()
      .meta({ description: 'Kit lines missing with today\u2019s stock (1 = a whole line)' }),
    missing: z.number(),
    zones: z.array(PrepositioningZone),
    caches: z.array(PrepositioningCache).meta({ description: 'Caches whose holding changes' }),
    holdings: z.array(PrepositionedHolding),
  })
  .meta({ id: 'PrepositioningResponse' });
export type PrepositioningResponse = z.infer<typeof PrepositioningResponse>;
