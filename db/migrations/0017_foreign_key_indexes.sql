CREATE INDEX "bright_spot_attention_idx" ON "bright_spot" USING btree ("municipality_id","attention_id");--> statement-breakpoint
CREATE INDEX "log_reopens_idx" ON "log" USING btree ("municipality_id","reopens_log_id");--> statement-breakpoint
CREATE INDEX "measure_replaces_idx" ON "measure" USING btree ("municipality_id","replaces_measure_id");