CREATE TABLE "transfer_package" (
	"municipality_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"to_municipality_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"child" jsonb NOT NULL,
	"guardians" jsonb NOT NULL,
	"content" jsonb NOT NULL,
	"consent_file" "bytea" NOT NULL,
	"consent_mime" text NOT NULL,
	"consent_filename" text NOT NULL,
	"status" "transfer_status" DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "transfer_package_pkey" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "transfer_package" ADD CONSTRAINT "transfer_package_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_package" ADD CONSTRAINT "transfer_package_to_municipality_id_municipality_id_fk" FOREIGN KEY ("to_municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_package" ADD CONSTRAINT "transfer_package_log_fk" FOREIGN KEY ("municipality_id","log_id") REFERENCES "public"."log"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "transfer_package_one_pending_per_log_key" ON "transfer_package" USING btree ("municipality_id","log_id") WHERE status = 'pending';