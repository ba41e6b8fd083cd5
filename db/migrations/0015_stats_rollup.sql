CREATE TABLE "stats_district_month" (
	"municipality_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"unit_type" text DEFAULT '' NOT NULL,
	"month" date NOT NULL,
	"metric" text NOT NULL,
	"key" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "stats_district_month_pkey" PRIMARY KEY("municipality_id","unit_type","month","district_id","metric","key","category")
);
--> statement-breakpoint
CREATE TABLE "stats_district_now" (
	"municipality_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"unit_type" text DEFAULT '' NOT NULL,
	"metric" text NOT NULL,
	"key" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "stats_district_now_pkey" PRIMARY KEY("municipality_id","unit_type","district_id","metric","key","category")
);
--> statement-breakpoint
CREATE TABLE "stats_refresh" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"today" date NOT NULL,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_unit_month" (
	"municipality_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" date NOT NULL,
	"metric" text NOT NULL,
	"key" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "stats_unit_month_pkey" PRIMARY KEY("municipality_id","unit_id","month","metric","key","category")
);
--> statement-breakpoint
CREATE TABLE "stats_unit_now" (
	"municipality_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"key" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "stats_unit_now_pkey" PRIMARY KEY("municipality_id","unit_id","metric","key","category")
);
--> statement-breakpoint
ALTER TABLE "stats_district_month" ADD CONSTRAINT "stats_district_month_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_district_month" ADD CONSTRAINT "stats_district_month_district_fk" FOREIGN KEY ("municipality_id","district_id") REFERENCES "public"."district"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_district_now" ADD CONSTRAINT "stats_district_now_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_district_now" ADD CONSTRAINT "stats_district_now_district_fk" FOREIGN KEY ("municipality_id","district_id") REFERENCES "public"."district"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_refresh" ADD CONSTRAINT "stats_refresh_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_unit_month" ADD CONSTRAINT "stats_unit_month_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_unit_month" ADD CONSTRAINT "stats_unit_month_unit_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."unit"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_unit_now" ADD CONSTRAINT "stats_unit_now_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_unit_now" ADD CONSTRAINT "stats_unit_now_unit_fk" FOREIGN KEY ("municipality_id","unit_id") REFERENCES "public"."unit"("municipality_id","id") ON DELETE cascade ON UPDATE no action;