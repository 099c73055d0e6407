// @name schema
// @title Schema
// @description Uniqueness of `id` for every label of the graph model, an index on `id` for every
// @description relationship type, and full-text indexes
// @description over names, aliases, claim text and article text. Every statement is IF NOT EXISTS, so
// @description applying the schema twice is a no-op. The only file with several statements.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assertion_id IF NOT EXISTS FOR (n:Assertion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_query_id IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
// Corrections find relationships by `id` (`SPOKE_AT:person:x->event:y`): a range index per
// relationship type, since Neo4j indexes relationships by type. Not unique constraints: a merge
// or split writes a moved relationship before it deletes the old one with the same id.
CREATE INDEX rel_spoke_at_id IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.id);
CREATE INDEX rel_affiliated_with_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.id);
CREATE INDEX rel_organized_id IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.id);
CREATE INDEX rel_held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.id);
CREATE INDEX rel_claimed_id IF NOT EXISTS FOR ()-[r:CLAIMED]-() ON (r.id);
CREATE INDEX rel_made_at_id IF NOT EXISTS FOR ()-[r:MADE_AT]-() ON (r.id);
CREATE INDEX rel_about_id IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.id);
CREATE INDEX rel_asserts_id IF NOT EXISTS FOR ()-[r:ASSERTS]-() ON (r.id);
CREATE INDEX rel_reported_in_id IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.id);
CREATE INDEX rel_mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);
// Full-text indexes skip list properties, so the loader keeps `aliasesText`, the aliases joined.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Event|Place|Topic|Assertion|Article)
ON EACH [n.name, n.aliasesText, n.title];
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text, n.quote];
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.text];
