CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid,
	"post_id" uuid,
	"cache_id" uuid,
	"item_type" text,
	"quantity" integer,
	"status" text DEFAULT 'dispatched' NOT NULL,
	"eta_seconds" double precision,
	"dispatched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"en_route_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"cleared_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_kind_check" CHECK ("assignments"."kind" IN ('unit', 'items')),
	CONSTRAINT "assignments_status_check" CHECK ("assignments"."status" IN ('dispatched', 'en_route', 'on_scene', 'cleared')),
	CONSTRAINT "assignments_item_type_check" CHECK ("assignments"."item_type" IS NULL OR "assignments"."item_type" IN ('fire_engine', 'water_tanker', 'rescue_vehicle', 'ambulance', 'portable_pump', 'chainsaw', 'rubber_boat', 'life_jacket', 'generator', 'light_tower', 'tent', 'first_aid_kit', 'stretcher', 'excavator', 'hand_tools')),
	CONSTRAINT "assignments_shape_check" CHECK (("assignments"."kind" = 'unit' AND "assignments"."unit_id" IS NOT NULL AND "assignments"."cache_id" IS NULL)
        OR ("assignments"."kind" = 'items' AND "assignments"."unit_id" IS NULL AND "assignments"."cache_id" IS NOT NULL
          AND "assignments"."item_type" IS NOT NULL AND "assignments"."quantity" > 0))
);
--> statement-breakpoint
CREATE TABLE "incident_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"status" text,
	"from_status" text,
	"assignment_id" uuid,
	"assignment_status" text,
	"closure_id" uuid,
	"note" text,
	CONSTRAINT "incident_events_kind_check" CHECK ("incident_events"."kind" IN ('created', 'edited', 'status', 'assignment', 'assignment_status', 'note', 'closure')),
	CONSTRAINT "incident_events_status_check" CHECK (("incident_events"."status" IS NULL OR "incident_events"."status" IN ('reported', 'verified', 'responding', 'resolved', 'cancelled'))
        AND ("incident_events"."from_status" IS NULL OR "incident_events"."from_status" IN ('reported', 'verified', 'responding', 'resolved', 'cancelled'))),
	CONSTRAINT "incident_events_assignment_status_check" CHECK ("incident_events"."assignment_status" IS NULL OR "incident_events"."assignment_status" IN ('dispatched', 'en_route', 'on_scene', 'cleared'))
);
--> statement-breakpoint
CREATE TABLE "road_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"road_name" text,
	"reason" text,
	"incident_id" uuid,
	"expires_at" timestamp with time zone,
	"geom" geometry(Geometry,4326) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "road_closures_geom_range_check" CHECK (ST_XMin("road_closures"."geom") >= -180 AND ST_XMax("road_closures"."geom") <= 180 AND ST_YMin("road_closures"."geom") >= -90 AND ST_YMax("road_closures"."geom") <= 90)
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"call_sign" text NOT NULL,
	"unit_type" text NOT NULL,
	"crew" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"notes" text,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_unit_type_check" CHECK ("units"."unit_type" IN ('fire_engine', 'water_tanker', 'rescue_vehicle', 'ambulance', 'pickup', 'motorcycle', 'boat')),
	CONSTRAINT "units_status_check" CHECK ("units"."status" IN ('available', 'assigned', 'maintenance')),
	CONSTRAINT "units_crew_check" CHECK ("units"."crew" >= 0),
	CONSTRAINT "units_call_sign_check" CHECK (length("units"."call_sign") > 0)
);
--> statement-breakpoint
ALTER TABLE "incidents" DROP CONSTRAINT "incidents_status_check";--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "reported_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "reporter_name" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "reporter_phone" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "people_affected" integer;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "kecamatan_code" text;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_cache_id_caches_id_fk" FOREIGN KEY ("cache_id") REFERENCES "public"."caches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "road_closures" ADD CONSTRAINT "road_closures_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_incident_id_idx" ON "assignments" USING btree ("incident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_unit_open_idx" ON "assignments" USING btree ("unit_id") WHERE "assignments"."status" <> 'cleared' AND "assignments"."unit_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "assignments_cache_id_idx" ON "assignments" USING btree ("cache_id");--> statement-breakpoint
CREATE INDEX "incident_events_incident_id_idx" ON "incident_events" USING btree ("incident_id","id");--> statement-breakpoint
CREATE INDEX "road_closures_geom_idx" ON "road_closures" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "road_closures_expires_at_idx" ON "road_closures" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "road_closures_incident_id_idx" ON "road_closures" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "units_post_id_idx" ON "units" USING btree ("post_id");--> statement-breakpoint
CREATE UNIQUE INDEX "units_call_sign_active_idx" ON "units" USING btree ("call_sign") WHERE "units"."retired_at" IS NULL;--> statement-breakpoint
CREATE INDEX "incidents_kecamatan_code_idx" ON "incidents" USING btree ("kecamatan_code");--> statement-breakpoint
CREATE INDEX "incidents_reported_at_idx" ON "incidents" USING btree ("reported_at");--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_people_affected_check" CHECK ("incidents"."people_affected" >= 0);--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_status_check" CHECK ("incidents"."status" IN ('reported', 'verified', 'responding', 'resolved', 'cancelled'));--> statement-breakpoint
-- Upgrade the incidents already stored. Every old status (reported, responding, resolved, cancelled) is still a
-- status of the workflow, so none is renamed; a past incident was reported when it occurred, a closed one closed
-- at its last change; its desa and kecamatan come from the desa polygon holding its point, and its timeline
-- starts with one `created` event.
UPDATE "incidents" SET "reported_at" = "occurred_at";--> statement-breakpoint
UPDATE "incidents" SET "closed_at" = "updated_at" WHERE "status" IN ('resolved', 'cancelled');--> statement-breakpoint
UPDATE "incidents" AS i SET "desa_code" = d."code", "kecamatan_code" = d."parent_code"
  FROM "admin_areas" AS d
  WHERE d."level" = 'desa' AND ST_Covers(d."geom", i."geom");--> statement-breakpoint
UPDATE "incidents" AS i SET "kecamatan_code" = d."parent_code"
  FROM "admin_areas" AS d
  WHERE i."kecamatan_code" IS NULL AND d."level" = 'desa' AND d."code" = i."desa_code";--> statement-breakpoint
INSERT INTO "incident_events" ("incident_id", "at", "kind", "actor_name", "status")
  SELECT "id", "created_at", 'created', 'migration 0005', "status" FROM "incidents" ORDER BY "created_at", "id";
