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
        CREATE INDEX article_day ON article(day, id);

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
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            start_day INTEGER NOT NULL,
            end_day INTEGER NOT NULL,
            label TEXT NOT NULL,
            origin INTEGER NOT NULL, -- 0 a time expression, 1 a citation
            at_start INTEGER NOT NULL,
            at_end INTEGER NOT NULL,
            sentence_start INTEGER,
            sentence_end INTEGER,
            PRIMARY KEY (article_id, ord)
        ) WITHOUT ROWID;

        -- Which entities each dated sentence mentions, in date order per entity (the entity page's
        -- cross-article timeline). Rows go with their article (Library.delete removes them).
        CREATE TABLE entity_timeline (
            entity_id INTEGER NOT NULL,
            start_day INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            ord INTEGER NOT NULL,
            PRIMARY KEY (entity_id, start_day, article_id, ord)
        ) WITHOUT ROWID;

        CREATE TABLE citation (
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            see INTEGER NOT NULL,
            sentence_start INTEGER,
            sentence_end INTEGER,
            PRIMARY KEY (article_id, ord)
        ) WITHOUT ROWID;

        -- One row per source and cited date ("see EDM, May 30, 2018 and June 5, 2019" is two);
        -- a source without a date has one row with a null day. The source's name as written is
        -- in the article text at source_start..source_end.
        CREATE TABLE citation_ref (
            article_id INTEGER NOT NULL,
            ord INTEGER NOT NULL,
            ref_index INTEGER NOT NULL,
            date_index INTEGER NOT NULL,
            source_key TEXT NOT NULL,
            source_start INTEGER NOT NULL,
            source_end INTEGER NOT NULL,
            day INTEGER,
            PRIMARY KEY (article_id, ord, ref_index, date_index),
            FOREIGN KEY (article_id, ord) REFERENCES citation(article_id, ord) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX citation_ref_source_day ON citation_ref(source_key, day);
        """
}
