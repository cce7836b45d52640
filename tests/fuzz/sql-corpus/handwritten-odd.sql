-- A history written by hand: what people put into migration.sql besides Prisma's own statements.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE SCHEMA IF NOT EXISTS "audit";

CREATE TYPE "Mood" AS ENUM ('happy', 'it''s complicated');
ALTER TYPE "Mood" ADD VALUE 'sad' BEFORE 'happy';
ALTER TYPE "Mood" RENAME VALUE 'sad' TO 'blue';

CREATE TABLE "audit"."Event Log" (
    "id" SERIAL NOT NULL,
    "payload" JSONB DEFAULT '{"a": [1, 2]}'::jsonb,
    "note" TEXT DEFAULT E'line\nbreak',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Event Log_pkey" PRIMARY KEY ("id")
);

/* a block comment /* nested */ still a comment */
CREATE INDEX CONCURRENTLY "Event Log_note_idx" ON "audit"."Event Log" USING GIN ("note" gin_trgm_ops);

CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $body$
BEGIN
    NEW."at" := now(); -- semicolons inside the body
    RETURN NEW;
END;
$body$ LANGUAGE plpgsql;

CREATE TRIGGER "touch" BEFORE UPDATE ON "audit"."Event Log" FOR EACH ROW EXECUTE FUNCTION touch();

DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'Kind') THEN
        CREATE TYPE "Kind" AS ENUM ('a', 'b');
    END IF;
END $$;

INSERT INTO "audit"."Event Log" ("note") VALUES ('x;y'), ($$z;w$$);
UPDATE "audit"."Event Log" SET "note" = NULL WHERE "id" = 1;

ALTER TABLE "audit"."Event Log" RENAME COLUMN "note" TO "comment";
ALTER TABLE "audit"."Event Log" RENAME TO "Events";
ALTER TABLE "audit"."Events" ADD COLUMN "mood" "Mood"[] DEFAULT ARRAY['happy']::"Mood"[],
    ALTER COLUMN "comment" SET NOT NULL,
    DROP COLUMN IF EXISTS "payload";
CREATE VIEW "recent" AS SELECT * FROM "audit"."Events" WHERE "at" > now() - interval '1 day';
CREATE UNIQUE INDEX "Events_comment_key" ON "audit"."Events"("comment" DESC NULLS LAST) WHERE "comment" <> '';
ALTER INDEX "audit"."Events_comment_key" RENAME TO "Events_comment_unique";
DROP TABLE IF EXISTS "nothing" CASCADE;
BEGIN;
CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;
COMMIT;
