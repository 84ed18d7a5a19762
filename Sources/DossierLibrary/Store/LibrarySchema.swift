import GRDB

/// The library's schema as GRDB migrations. Migrations are append-only: never edit a registered
/// one (a library written by it would no longer match); add a new one after it.
enum LibrarySchema {
    /// `PRAGMA application_id` of a Dossier library ("DOSS"), which tells it from other databases.
    static let applicationID: Int32 = 0x444F_5353

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1 articles, text, entities, citations, timeline") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: v1)
        }
        return m
    }

    /// Days are day numbers since 1970-01-01 (``CalendarDate/dayNumber``) so that ranges and
    /// distances are integer arithmetic; spans are Unicode scalar offsets, as in the model.
    static let v1 = """
        CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            publication TEXT,
            publication_key TEXT,
            day INTEGER,
            date_inferred INTEGER NOT NULL,
            date_assumed INTEGER NOT NULL,
            date_uncertainty INTEGER,
            date_basis TEXT NOT NULL,
            source TEXT NOT NULL UNIQUE,
            format TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            added TEXT NOT NULL,
            length INTEGER NOT NULL
        );
        CREATE INDEX article_publication_day ON article(publication_key, day);
        CREATE INDEX article_day ON article(day);

        CREATE TABLE article_text (
            id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE article_fts USING fts5(
            title, body, content='article_text', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER article_text_ai AFTER INSERT ON article_text BEGIN
            INSERT INTO article_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER article_text_ad AFTER DELETE ON article_text BEGIN
            INSERT INTO article_fts(article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        END;

        CREATE TABLE entity (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            articles INTEGER NOT NULL DEFAULT 0,
            mentions INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX entity_mentions ON entity(mentions);

        CREATE TABLE article_entity (
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            mentions INTEGER NOT NULL,
            spans BLOB NOT NULL,
            sentences BLOB NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_entity_entity ON article_entity(entity_id);

        CREATE TABLE timeline (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            start_day INTEGER NOT NULL,
            end_day INTEGER NOT NULL,
            label TEXT NOT NULL,
            origin TEXT NOT NULL,
            at_start INTEGER NOT NULL,
            at_end INTEGER NOT NULL,
            sentence_start INTEGER,
            sentence_end INTEGER
        );
        CREATE INDEX timeline_article ON timeline(article_id);

        CREATE TABLE entity_timeline (
            entity_id INTEGER NOT NULL REFERENCES entity(id),
            start_day INTEGER NOT NULL,
            timeline_id INTEGER NOT NULL REFERENCES timeline(id) ON DELETE CASCADE,
            PRIMARY KEY (entity_id, start_day, timeline_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_timeline_timeline ON entity_timeline(timeline_id);

        CREATE TABLE citation (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            see INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentence_start INTEGER,
            sentence_end INTEGER
        );
        CREATE INDEX citation_article ON citation(article_id);

        CREATE TABLE citation_ref (
            id INTEGER PRIMARY KEY,
            citation_id INTEGER NOT NULL REFERENCES citation(id) ON DELETE CASCADE,
            ref_index INTEGER NOT NULL,
            source TEXT NOT NULL,
            source_key TEXT NOT NULL,
            day INTEGER
        );
        CREATE INDEX citation_ref_citation ON citation_ref(citation_id);
        CREATE INDEX citation_ref_source_day ON citation_ref(source_key, day);
        """
}
