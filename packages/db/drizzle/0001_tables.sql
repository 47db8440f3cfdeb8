CREATE TABLE "admin_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"bps_code" text,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"is_kelurahan" boolean,
	"population" integer,
	"population_year" integer,
	"boundary_precision" text DEFAULT 'approximate' NOT NULL,
	"source" text,
	"geom" geometry(MultiPolygon,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_areas_code_unique" UNIQUE("code"),
	CONSTRAINT "admin_areas_level_check" CHECK ("admin_areas"."level" IN ('kabupaten', 'kecamatan', 'desa')),
	CONSTRAINT "admin_areas_boundary_precision_check" CHECK ("admin_areas"."boundary_precision" IN ('official', 'approximate')),
	CONSTRAINT "admin_areas_population_check" CHECK ("admin_areas"."population" IS NULL OR "admin_areas"."population" >= 0),
	CONSTRAINT "admin_areas_geom_range_check" CHECK (ST_XMin("admin_areas"."geom") >= -180 AND ST_XMax("admin_areas"."geom") <= 180 AND ST_YMin("admin_areas"."geom") >= -90 AND ST_YMax("admin_areas"."geom") <= 90)
);
--> statement-breakpoint
CREATE TABLE "cache_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cache_id" uuid NOT NULL,
	"item_type" text NOT NULL,
	"quantity" integer NOT NULL,
	"quantity_available" integer NOT NULL,
	"condition" text DEFAULT 'baik' NOT NULL,
	"last_inspected" date,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cache_items_item_type_check" CHECK ("cache_items"."item_type" IN ('fire_engine', 'water_tanker', 'rescue_vehicle', 'ambulance', 'portable_pump', 'chainsaw', 'rubber_boat', 'life_jacket', 'generator', 'light_tower', 'tent', 'first_aid_kit', 'stretcher', 'excavator', 'hand_tools')),
	CONSTRAINT "cache_items_condition_check" CHECK ("cache_items"."condition" IN ('baik', 'rusak_ringan', 'rusak_berat')),
	CONSTRAINT "cache_items_quantity_check" CHECK ("cache_items"."quantity" >= 0 AND "cache_items"."quantity_available" >= 0 AND "cache_items"."quantity_available" <= "cache_items"."quantity")
);
--> statement-breakpoint
CREATE TABLE "caches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"post_id" uuid,
	"desa_code" text,
	"notes" text,
	"geom" geometry(Point,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "caches_geom_range_check" CHECK (ST_XMin("caches"."geom") >= -180 AND ST_XMax("caches"."geom") <= 180 AND ST_YMin("caches"."geom") >= -90 AND ST_YMax("caches"."geom") <= 90),
	CONSTRAINT "caches_name_check" CHECK (length("caches"."name") > 0)
);
--> statement-breakpoint
CREATE TABLE "hazard_zones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"hazard_type" text NOT NULL,
	"level" text NOT NULL,
	"source" text,
	"notes" text,
	"geom" geometry(MultiPolygon,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hazard_zones_hazard_type_check" CHECK ("hazard_zones"."hazard_type" IN ('flood', 'flash_flood', 'landslide', 'tsunami', 'extreme_wave_abrasion', 'volcanic', 'earthquake', 'forest_fire', 'drought', 'extreme_weather')),
	CONSTRAINT "hazard_zones_level_check" CHECK ("hazard_zones"."level" IN ('rendah', 'sedang', 'tinggi')),
	CONSTRAINT "hazard_zones_geom_range_check" CHECK (ST_XMin("hazard_zones"."geom") >= -180 AND ST_XMax("hazard_zones"."geom") <= 180 AND ST_YMin("hazard_zones"."geom") >= -90 AND ST_YMax("hazard_zones"."geom") <= 90)
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"incident_type" text NOT NULL,
	"status" text DEFAULT 'reported' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"desa_code" text,
	"source" text,
	"notes" text,
	"geom" geometry(Point,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_incident_type_check" CHECK ("incidents"."incident_type" IN ('flood', 'flash_flood', 'landslide', 'tsunami', 'extreme_wave_abrasion', 'volcanic', 'earthquake', 'forest_fire', 'drought', 'extreme_weather', 'building_fire', 'rescue', 'other')),
	CONSTRAINT "incidents_status_check" CHECK ("incidents"."status" IN ('reported', 'responding', 'resolved', 'cancelled')),
	CONSTRAINT "incidents_geom_range_check" CHECK (ST_XMin("incidents"."geom") >= -180 AND ST_XMax("incidents"."geom") <= 180 AND ST_YMin("incidents"."geom") >= -90 AND ST_YMax("incidents"."geom") <= 90)
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"address" text,
	"desa_code" text,
	"staff" integer DEFAULT 0 NOT NULL,
	"vehicles" integer DEFAULT 0 NOT NULL,
	"turnout_seconds" integer DEFAULT 120 NOT NULL,
	"location_approx" boolean DEFAULT false NOT NULL,
	"source" text,
	"notes" text,
	"geom" geometry(Point,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "posts_kind_check" CHECK ("posts"."kind" IN ('fire_station', 'bpbd_post', 'combined_post', 'volunteer_post')),
	CONSTRAINT "posts_status_check" CHECK ("posts"."status" IN ('operational', 'planned', 'proposed', 'closed')),
	CONSTRAINT "posts_counts_check" CHECK ("posts"."staff" >= 0 AND "posts"."vehicles" >= 0 AND "posts"."turnout_seconds" >= 0),
	CONSTRAINT "posts_geom_range_check" CHECK (ST_XMin("posts"."geom") >= -180 AND ST_XMax("posts"."geom") <= 180 AND ST_YMin("posts"."geom") >= -90 AND ST_YMax("posts"."geom") <= 90)
);
--> statement-breakpoint
CREATE TABLE "roads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" text NOT NULL,
	"road_class" text NOT NULL,
	"name" text,
	"ref" text,
	"oneway" text DEFAULT 'no' NOT NULL,
	"maxspeed_kmh" double precision,
	"surface" text,
	"access" text,
	"geom" geometry(LineString,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roads_road_class_check" CHECK ("roads"."road_class" IN ('motorway', 'motorway_link', 'trunk', 'trunk_link', 'primary', 'primary_link', 'secondary', 'secondary_link', 'tertiary', 'tertiary_link', 'unclassified', 'residential', 'living_street', 'service', 'track', 'road')),
	CONSTRAINT "roads_oneway_check" CHECK ("roads"."oneway" IN ('no', 'forward', 'backward')),
	CONSTRAINT "roads_maxspeed_check" CHECK ("roads"."maxspeed_kmh" IS NULL OR "roads"."maxspeed_kmh" > 0),
	CONSTRAINT "roads_geom_range_check" CHECK (ST_XMin("roads"."geom") >= -180 AND ST_XMax("roads"."geom") <= 180 AND ST_YMin("roads"."geom") >= -90 AND ST_YMax("roads"."geom") <= 90)
);
--> statement-breakpoint
CREATE TABLE "seed_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"content_hash" text NOT NULL,
	"counts" jsonb NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admin_areas" ADD CONSTRAINT "admin_areas_parent_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."admin_areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cache_items" ADD CONSTRAINT "cache_items_cache_id_caches_id_fk" FOREIGN KEY ("cache_id") REFERENCES "public"."caches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caches" ADD CONSTRAINT "caches_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_areas_parent_code_idx" ON "admin_areas" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "admin_areas_level_idx" ON "admin_areas" USING btree ("level");--> statement-breakpoint
CREATE INDEX "admin_areas_geom_idx" ON "admin_areas" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "cache_items_cache_id_item_type_idx" ON "cache_items" USING btree ("cache_id","item_type");--> statement-breakpoint
CREATE INDEX "cache_items_item_type_idx" ON "cache_items" USING btree ("item_type");--> statement-breakpoint
CREATE INDEX "caches_geom_idx" ON "caches" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "caches_post_id_idx" ON "caches" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "caches_desa_code_idx" ON "caches" USING btree ("desa_code");--> statement-breakpoint
CREATE INDEX "hazard_zones_geom_idx" ON "hazard_zones" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "hazard_zones_hazard_type_level_idx" ON "hazard_zones" USING btree ("hazard_type","level");--> statement-breakpoint
CREATE INDEX "incidents_geom_idx" ON "incidents" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status");--> statement-breakpoint
CREATE INDEX "incidents_occurred_at_idx" ON "incidents" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "incidents_desa_code_idx" ON "incidents" USING btree ("desa_code");--> statement-breakpoint
CREATE INDEX "posts_geom_idx" ON "posts" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "posts_status_idx" ON "posts" USING btree ("status");--> statement-breakpoint
CREATE INDEX "posts_desa_code_idx" ON "posts" USING btree ("desa_code");--> statement-breakpoint
CREATE UNIQUE INDEX "roads_source_id_idx" ON "roads" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "roads_geom_idx" ON "roads" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "roads_road_class_idx" ON "roads" USING btree ("road_class");