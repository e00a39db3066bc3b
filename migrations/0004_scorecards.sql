CREATE TABLE `room_rubrics` (
	`room_id` text PRIMARY KEY NOT NULL,
	`rubric` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `scorecards` (
	`room_id` text NOT NULL,
	`user_id` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`ratings` text NOT NULL,
	`recommendation` text,
	`notes` text NOT NULL,
	`citations` text NOT NULL,
	`submitted_at` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`room_id`, `user_id`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scorecards_id_unique` ON `scorecards` (`id`);--> statement-breakpoint
CREATE INDEX `scorecards_room_submitted` ON `scorecards` (`room_id`,`submitted_at`);