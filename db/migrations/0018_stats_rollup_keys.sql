ALTER TABLE "stats_district_month" DROP CONSTRAINT "stats_district_month_pkey";
--> statement-breakpoint
ALTER TABLE "stats_district_month" ADD CONSTRAINT "stats_district_month_pkey" PRIMARY KEY("municipality_id","unit_type","category","month","district_id","metric","key");--> statement-breakpoint
ALTER TABLE "stats_district_now" DROP CONSTRAINT "stats_district_now_pkey";
--> statement-breakpoint
ALTER TABLE "stats_district_now" ADD CONSTRAINT "stats_district_now_pkey" PRIMARY KEY("municipality_id","unit_type","category","district_id","metric","key");--> statement-breakpoint
ALTER TABLE "stats_unit_month" DROP CONSTRAINT "stats_unit_month_pkey";
--> statement-breakpoint
ALTER TABLE "stats_unit_month" ADD CONSTRAINT "stats_unit_month_pkey" PRIMARY KEY("municipality_id","unit_id","category","month","metric","key");--> statement-breakpoint
ALTER TABLE "stats_unit_now" DROP CONSTRAINT "stats_unit_now_pkey";
--> statement-breakpoint
ALTER TABLE "stats_unit_now" ADD CONSTRAINT "stats_unit_now_pkey" PRIMARY KEY("municipality_id","unit_id","category","metric","key");