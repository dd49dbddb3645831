ALTER TABLE "observation_revisions" ADD COLUMN "old_status" text;--> statement-breakpoint
ALTER TABLE "observation_revisions" ADD COLUMN "old_covered" jsonb;