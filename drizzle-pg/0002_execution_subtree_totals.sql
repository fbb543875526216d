CREATE TABLE "execution_subtree_totals" (
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"region_id" integer NOT NULL,
	"allocated" bigint NOT NULL,
	"expected" integer NOT NULL,
	"spent" bigint NOT NULL,
	"reported" integer NOT NULL,
	"reported_allocated" bigint NOT NULL,
	CONSTRAINT "execution_subtree_totals_year_month_region_id_pk" PRIMARY KEY("year","month","region_id")
);
--> statement-breakpoint
ALTER TABLE "execution_subtree_totals" ADD CONSTRAINT "execution_subtree_totals_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;