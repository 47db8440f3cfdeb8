ALTER TABLE "admin_areas" ADD COLUMN "label_point" geometry(Point,4326);--> statement-breakpoint
ALTER TABLE "admin_areas" ADD CONSTRAINT "admin_areas_label_point_range_check" CHECK (ST_XMin("admin_areas"."label_point") >= -180 AND ST_XMax("admin_areas"."label_point") <= 180 AND ST_YMin("admin_areas"."label_point") >= -90 AND ST_YMax("admin_areas"."label_point") <= 90);--> statement-breakpoint
-- Areas stored before this column existed get a point inside them, as every new area does.
UPDATE "admin_areas" SET "label_point" = ST_PointOnSurface("geom") WHERE "label_point" IS NULL;