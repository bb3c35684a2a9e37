-- A synthetic event store for bench/store_scale.sh: :events events over ten
-- years (2016-2025), ten per story, in a store whose schema dyad created
-- (run `dyad query --db FILE` on a new file first).
--
-- The distributions are skewed the way news event data is: a few countries
-- (USA, CHN, RUS, ...) are the actors of most events (a cubic rank
-- distribution over 60 countries), most actors carry no sector or GOV,
-- and verbal cooperation codes (010, 040, 042, 043, 036, 051) dominate;
-- event dates are the story's day or up to a week earlier. Numbers come from
-- random(), so two stores differ in detail but not in shape.
--
-- Usage (temp_store first: changing it drops the temp schema, parameters included):
--   sqlite3 FILE "PRAGMA temp_store = MEMORY" ".parameter set :events 10000000" ".parameter set :mentions 1" \
--     ".read bench/store_synth.sql"
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -3000000;
BEGIN;

CREATE TEMP TABLE country(i INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL);
INSERT INTO country(i, code, name) VALUES
  (0,'USA','American'),(1,'CHN','Chinese'),(2,'RUS','Russian'),(3,'UKR','Ukrainian'),(4,'GBR','British'),
  (5,'ISR','Israeli'),(6,'IRN','Iranian'),(7,'FRA','French'),(8,'DEU','German'),(9,'IND','Indian'),
  (10,'JPN','Japanese'),(11,'PSE','Palestinian'),(12,'CAN','Canadian'),(13,'TUR','Turkish'),(14,'SYR','Syrian'),
  (15,'PAK','Pakistani'),(16,'KOR','Korean'),(17,'PRK','North Korean'),(18,'AUS','Australian'),(19,'SAU','Saudi'),
  (20,'AFG','Afghan'),(21,'IRQ','Iraqi'),(22,'EGY','Egyptian'),(23,'BRA','Brazilian'),(24,'MEX','Mexican'),
  (25,'ITA','Italian'),(26,'ESP','Spanish'),(27,'NGA','Nigerian'),(28,'ZAF','South African'),(29,'VEN','Venezuelan'),
  (30,'POL','Polish'),(31,'TWN','Taiwanese'),(32,'PHL','Philippine'),(33,'IDN','Indonesian'),(34,'VNM','Vietnamese'),
  (35,'LBN','Lebanese'),(36,'YEM','Yemeni'),(37,'LBY','Libyan'),(38,'SDN','Sudanese'),(39,'ETH','Ethiopian'),
  (40,'KEN','Kenyan'),(41,'ARG','Argentine'),(42,'COL','Colombian'),(43,'CUB','Cuban'),(44,'QAT','Qatari'),
  (45,'ARE','Emirati'),(46,'JOR','Jordanian'),(47,'BLR','Belarusian'),(48,'GEO','Georgian'),(49,'ARM','Armenian'),
  (50,'AZE','Azerbaijani'),(51,'SRB','Serbian'),(52,'HUN','Hungarian'),(53,'GRC','Greek'),(54,'SWE','Swedish'),
  (55,'NOR','Norwegian'),(56,'MMR','Myanmar'),(57,'THA','Thai'),(58,'MYS','Malaysian'),(59,'SGP','Singaporean');

-- Weighted tables are expanded into slots (one row per unit of weight), so a
-- pick is one primary-key lookup: slot = random % total weight.
CREATE TEMP TABLE sector_w(code TEXT NOT NULL, w INTEGER NOT NULL);
INSERT INTO sector_w VALUES ('',45),('GOV',30),('MIL',8),('BUS',4),('CVL',3),('JUD',2),('OPP',2),('MED',2),
  ('LEG',2),('COP',2);
CREATE TEMP TABLE code_w(code TEXT NOT NULL, quad INTEGER NOT NULL, gold REAL NOT NULL, w INTEGER NOT NULL);
INSERT INTO code_w VALUES
  ('010',1,0.0,140),('011',1,-0.1,10),('012',1,-0.4,12),('013',1,0.4,10),('015',1,0.0,4),('018',1,3.4,4),
  ('020',1,3.0,20),('030',1,4.0,25),('036',1,4.0,40),('040',1,1.0,120),('042',1,1.9,80),('043',1,2.8,80),
  ('046',1,7.0,20),('051',1,3.4,50),('057',1,8.0,10),('061',2,6.4,15),('071',2,7.4,12),('073',2,7.4,12),
  ('080',2,5.0,10),('090',3,-2.0,10),('100',3,-5.0,10),('111',3,-2.0,40),('112',3,-2.0,30),('120',3,-4.0,15),
  ('130',3,-4.4,20),('138',3,-7.0,8),('141',4,-6.5,15),('163',4,-8.0,12),('173',4,-5.0,15),('180',4,-9.0,10),
  ('1823',4,-9.0,4),('190',4,-10.0,25),('193',4,-10.0,20),('195',4,-10.0,10),('200',4,-10.0,2);
CREATE TEMP TABLE topic(i INTEGER PRIMARY KEY, words TEXT NOT NULL);
INSERT INTO topic(i, words) VALUES (0,'trade talks and tariffs'),(1,'a border dispute'),(2,'sanctions over the war'),
  (3,'climate finance'),(4,'a prisoner exchange'),(5,'election observers'),(6,'naval exercises'),
  (7,'energy supplies and pipelines'),(8,'a ceasefire proposal'),(9,'refugees and humanitarian aid');

CREATE TEMP TABLE sector(slot INTEGER PRIMARY KEY, code TEXT NOT NULL);
CREATE TEMP TABLE code(slot INTEGER PRIMARY KEY, code TEXT NOT NULL, quad INTEGER NOT NULL, gold REAL NOT NULL);
WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 200)
INSERT INTO sector(slot, code) SELECT NULL, s.code FROM sector_w s JOIN n ON n.k < s.w ORDER BY s.rowid, n.k;
WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < 200)
INSERT INTO code(slot, code, quad, gold) SELECT NULL, c.code, c.quad, c.gold FROM code_w c JOIN n ON n.k < c.w
  ORDER BY c.rowid, n.k;

INSERT INTO runs(pk, command, dict_version, coder_version, started)
  VALUES (1, 'synthetic', 'synthetic', 'synthetic', '2026-11-29T00:00:00Z');

-- Random draws, one row per event (random() is evaluated once per row here,
-- so the code, its root, quad class and Goldstein value stay consistent).
-- u1, u2 in [0, 1) pick the countries by rank with a cubic skew.
CREATE TEMP TABLE draw(k INTEGER PRIMARY KEY, u1 REAL, u2 REAL, s1 INTEGER, s2 INTEGER, c INTEGER,
  back INTEGER, place INTEGER);
WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < :events - 1)
INSERT INTO draw SELECT k, (abs(random()) % 1000000) / 1e6, (abs(random()) % 1000000) / 1e6,
  abs(random()) % 100, abs(random()) % 100, abs(random()) % 1000000, abs(random()) % 100, abs(random()) % 100
FROM n;

-- Stories: ten events each, arriving in date order over 3,653 days from 2016-01-01 (day 16801).
WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < (:events + 9) / 10 - 1)
INSERT INTO stories(pk, id, hash, date, title, source, url, text, extra, layout, run_pk)
SELECT k + 1, 'synth-' || k, printf('%016x', k), date((16801 + k * 3653 / ((:events + 9) / 10)) * 86400, 'unixepoch'),
  'Synthetic story ' || k, 'wire' || (k % 40), '',
  (SELECT a.name FROM country a WHERE a.i = k % 60) || ' and ' || (SELECT b.name FROM country b WHERE b.i = (k * 7) % 60)
    || ' officials discussed ' || (SELECT t.words FROM topic t WHERE t.i = k % 10) || '.',
  '{}', '{}', 1
FROM n;

INSERT INTO events(pk, event_id, story_pk, sentence, date, day, date_precision, source, target, code, root, codebook,
  quad_class, goldstein, verb_text, place_name, place_country, place_admin1, lat, lon, negated, modality,
  dict_version, coder_version, num_mentions, num_sources, num_articles, rep_mention, record)
SELECT k + 1, event_id, story_pk, sentence, date(day * 86400, 'unixepoch'), day, 'day', source, target, code, root,
  'cameo', quad, gold, 'said', NULL, place_country, NULL, NULL, NULL, 0, 'asserted', 'synthetic', 'synthetic',
  1, 1, 1, k + 1,
  json_object('schema_version', 1, 'id', event_id, 'story_id', 'synth-' || (story_pk - 1), 'sentence', sentence,
    'date', date(day * 86400, 'unixepoch'), 'date_precision', 'day', 'source', source, 'target', target,
    'code', code, 'root', root, 'codebook', 'cameo', 'quad_class', quad, 'goldstein', gold, 'verb_text', 'said',
    'location', CASE WHEN place_country IS NULL THEN NULL ELSE json_object('country', place_country) END,
    'negated', json('false'), 'modality', 'asserted', 'dict_version', 'synthetic', 'coder_version', 'synthetic')
FROM (
  SELECT d.k, d.k / 10 + 1 AS story_pk, d.k % 10 AS sentence,
    'synth-' || (d.k / 10) || ':' || (d.k % 10) || ':0' AS event_id,
    16801 + (d.k / 10) * 3653 / ((:events + 9) / 10) - CASE WHEN d.back < 80 THEN 0 ELSE d.back % 7 + 1 END AS day,
    a.code || s1.code AS source, b.code || s2.code AS target, c.code, substr(c.code, 1, 2) AS root, c.quad, c.gold,
    CASE WHEN d.place < 45 THEN a.code WHEN d.place < 60 THEN b.code END AS place_country
  FROM draw d
  JOIN country a ON a.i = CAST(60 * d.u1 * d.u1 * d.u1 AS INTEGER)
  JOIN country b ON b.i = CAST(60 * d.u2 * d.u2 * d.u2 AS INTEGER)
  JOIN sector s1 ON s1.slot = d.s1 + 1
  JOIN sector s2 ON s2.slot = d.s2 + 1
  JOIN code c ON c.slot = d.c % (SELECT count(*) FROM code) + 1
);

-- Mentions only when :mentions is 1: they add to the store's size and time
-- to build, and only the per-event story list of query/export reads them.
-- Each is its event's representative, so its record is '' (schema 3).
INSERT INTO mentions(pk, event_pk, story_pk, event_id, sentence, spans, record, run_pk)
SELECT pk, pk, story_pk, event_id, sentence, '[]', '', 1 FROM events WHERE :mentions = 1;

INSERT INTO stories_fts(rowid, title, text) SELECT pk, title, text FROM stories;
COMMIT;
PRAGMA journal_mode = WAL;
