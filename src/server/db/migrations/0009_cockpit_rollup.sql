CREATE TABLE "cockpit_rollup" (
	"plan_id" uuid NOT NULL,
	"period" text NOT NULL,
	"data" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cockpit_rollup_plan_id_period_pk" PRIMARY KEY("plan_id","period")
);
--> statement-breakpoint
ALTER TABLE "cockpit_rollup" ADD CONSTRAINT "cockpit_rollup_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;