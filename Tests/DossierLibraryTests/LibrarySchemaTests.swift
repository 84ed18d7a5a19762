import DossierKit
import Foundation
import GRDB
import Testing
@testable import DossierLibrary

@Suite("Library storage")
struct LibrarySchemaTests {
    @Test("a new library is WAL, has foreign keys on, its application id and every table")
    func freshLibrary() throws {
        let path = LibraryFixtures.folder() + "/sub/library.sqlite"
        let lib = try Library.open(path: path, knowledge: testAnnotator.knowledge)
        try lib.writer.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == LibrarySchema.applicationID)
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            for t in ["article", "article_text", "article_fts", "entity", "article_entity", "timeline",
                      "entity_timeline", "citation", "citation_ref"] {
                #expect(tables.contains(t), "missing table \(t)")
            }
        }
        #expect(try lib.check().isEmpty)
    }

    @Test("adding twice with the same hash is a no-op; a new hash replaces the article")
    func unchangedAndUpdated() throws {
        let lib = try Library.inMemory(knowledge: testAnnotator.knowledge)
        let t1 = LibraryFixtures.text(title: "Velmar Talks Stall", body: "Oskar Velmar met Ilsa Brandt in Tarvia (Zorvan Daily, March 3, 2016).")
        let d1 = LibraryFixtures.doc(t1, date: "2016-03-05")
        let a = try lib.add(d1, source: "/a.txt", format: "text", contentHash: "h1")
        let b = try lib.add(d1, source: "/a.txt", format: "text", contentHash: "h1")
        guard case .added(let id) = a else { Issue.record("expected added, got \(a)"); return }
        #expect(b == .unchanged(id))
        let t2 = t1.replacingOccurrences(of: "Stall", with: "Resume")
        let c = try lib.add(LibraryFixtures.doc(t2, date: "2016-03-05"), source: "/a.txt", format: "text", contentHash: "h2")
        guard case .updated(let id2) = c else { Issue.record("expected updated, got \(c)"); return }
        #expect(try lib.count() == 1)
        #expect(try lib.article(id: id2)?.title == "Velmar Talks Resume")
        #expect(try lib.search("Stall").isEmpty)
        #expect(try lib.search("Resume").count == 1)
        #expect(try lib.check().isEmpty)
    }

    @Test("removing an article removes its text, index rows and entity counts")
    func remove() throws {
        let lib = try Library.inMemory(knowledge: testAnnotator.knowledge)
        let a = try LibraryFixtures.add(lib, "/a.txt", LibraryFixtures.text(title: "One", body: "Oskar Velmar spoke in Tarvia on March 2, 2016."), date: "2016-03-04")
        try LibraryFixtures.add(lib, "/b.txt", LibraryFixtures.text(title: "Two", body: "Oskar Velmar spoke again on April 9, 2016."), date: "2016-04-11")
        let before = try #require(try lib.entity(named: "Oskar Velmar"))
        #expect(before.articles == 2)
        #expect(try lib.remove(id: a))
        #expect(try lib.remove(id: a) == false)
        let after = try #require(try lib.entity(named: "Oskar Velmar"))
        #expect(after.articles == 1)
        #expect(after.mentions == before.mentions - 1)
        #expect(try lib.search("Tarvia").isEmpty)
        #expect(try lib.count() == 1)
        #expect(try lib.check().isEmpty)
    }

    @Test("a file that is not SQLite is refused and left as it was")
    func corrupt() throws {
        let path = LibraryFixtures.folder() + "/library.sqlite"
        let junk = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try junk.write(to: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.corrupt(path, "not an SQLite database")) { try Library.open(path: path, knowledge: testAnnotator.knowledge) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == junk)
    }

    @Test("another program's SQLite database is refused and left as it was")
    func foreign() throws {
        let path = LibraryFixtures.folder() + "/other.sqlite"
        let q = try DatabaseQueue(path: path)
        try q.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')") }
        try q.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.foreign(path)) { try Library.open(path: path, knowledge: testAnnotator.knowledge) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a library from a newer schema is refused")
    func newer() throws {
        let path = LibraryFixtures.folder() + "/library.sqlite"
        do {
            let lib = try Library.open(path: path, knowledge: testAnnotator.knowledge)
            try lib.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99 from the future')") }
        }
        #expect(throws: LibraryError.newerSchema(path)) { try Library.open(path: path, knowledge: testAnnotator.knowledge) }
    }

    @Test("an unwritable folder is a clear error")
    func unwritable() throws {
        guard getuid() != 0 else {
            // root writes anywhere; a path under a regular file cannot be created by anyone.
            let file = LibraryFixtures.folder() + "/plain"
            FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
            #expect(throws: LibraryError.self) { try Library.open(path: file + "/library.sqlite", knowledge: testAnnotator.knowledge) }
            return
        }
        let dir = LibraryFixtures.folder()
        chmod(dir, 0o500)
        defer { chmod(dir, 0o700) }
        #expect(throws: LibraryError.self) { try Library.open(path: dir + "/library.sqlite", knowledge: testAnnotator.knowledge) }
    }

    @Test("names: the same knowledge id or normalized name and type is one entity")
    func entityIdentity() throws {
        let lib = try Library.inMemory(knowledge: testAnnotator.knowledge)
        try LibraryFixtures.add(lib, "/a.txt", LibraryFixtures.text(title: "A", body: "Oskar Velmar visited Moscow on March 2, 2016."), date: "2016-03-04")
        try LibraryFixtures.add(lib, "/b.txt", LibraryFixtures.text(title: "B", body: "Later, Oskar  Velmar was in Moscow on May 5, 2016."), date: "2016-05-09")
        let ents = try lib.entities()
        let velmar = ents.filter { $0.key == "person:oskar velmar" }
        #expect(velmar.count == 1)
        #expect(velmar.first?.articles == 2)
        #expect(ents.filter { $0.key == "kb:moscow" }.first?.articles == 2)
        #expect(LibraryKeys.normalize("Nikol  Pashinyan’s") == "nikol pashinyans")
    }
}

@Suite("Packed offsets")
struct PackedSpansTests {
    @Test("offsets survive packing, including decreasing and large values")
    func roundTrip() {
        let values: [Int32] = [0, 5, 12, 7, 1_000_000, -1, 2_000_000_000, 3]
        #expect(PackedSpans.values(PackedSpans.data(values)) == values)
        #expect(PackedSpans.first(PackedSpans.data([300, 310])) == 300)
        #expect(PackedSpans.data([100, 104, 110, 115]).count == 5)
    }
}
