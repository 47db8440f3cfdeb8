CREATE TABLE "basemap_features" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"intermittent" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"geom" geometry(Geometry,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "basemap_features_kind_check" CHECK ("basemap_features"."kind" IN ('land', 'lake', 'reservoir', 'pond', 'basin', 'water', 'river', 'stream', 'canal', 'drain')),
	CONSTRAINT "basemap_features_geom_range_check" CHECK (ST_XMin("basemap_features"."geom") >= -180 AND ST_XMax("basemap_features"."geom") <= 180 AND ST_YMin("basemap_features"."geom") >= -90 AND ST_YMax("basemap_features"."geom") <= 90)
);
--> statement-breakpoint
CREATE INDEX "basemap_features_geom_idx" ON "basemap_features" USING gist ("geom");