CREATE TABLE "spending_report_heads" (
	"year" integer NOT NULL,
	"month" integer NOT NULL,
	"region_id" integer NOT NULL,
	"report_id" integer NOT NULL,
	"version" integer NOT NULL,
	"submitted_at" text NOT NULL,
	"first_submitted_at" text NOT NULL,
	CONSTRAINT "spending_report_heads_year_month_region_id_pk" PRIMARY KEY("year","month","region_id")
);
--> statement-breakpoint
ALTER TABLE "spending_report_heads" ADD CONSTRAINT "spending_report_heads_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_report_heads" ADD CONSTRAINT "spending_report_heads_report_id_spending_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."spending_reports"("id") ON DELETE no action ON UPDATE no action;