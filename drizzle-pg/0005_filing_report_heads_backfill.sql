-- The latest version of every region's month, with when its first version was filed: an
-- existing database starts with the heads repositories/report-heads.repo.ts keeps.
INSERT INTO spending_report_heads (year, month, region_id, report_id, version, submitted_at, first_submitted_at)
SELECT s.year, s.month, s.region_id, s.id, s.version, s.created_at, h.first_submitted_at
FROM (
  SELECT region_id, year, month, max(version) AS version, min(created_at) AS first_submitted_at
  FROM spending_reports GROUP BY region_id, year, month
) h
JOIN spending_reports s ON s.region_id = h.region_id AND s.year = h.year AND s.month = h.month
  AND s.version = h.version;
