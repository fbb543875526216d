-- Numbers every committed write transaction (db/pg-writes.ts): a server compares the latest
-- number with the notifications it has heard, so a request reaching it right after another
-- server's commit waits for that notification instead of answering from an older cache entry.
CREATE SEQUENCE IF NOT EXISTS "fund_execution_writes";
