-- PostGIS first: every later migration uses geometry columns and GiST indexes.
CREATE EXTENSION IF NOT EXISTS postgis;
