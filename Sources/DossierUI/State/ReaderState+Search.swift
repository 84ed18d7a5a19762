import DossierKit

/// Search-mode transitions: the prompt, stepping through hits, entity searches and the finder.
extension ReaderState {
    mutating func stepSearch(forward: Bool) {
        guard var s = search else {
            message = "No search: press / to search or f to find an entity"
            return
        }
        guard !s.hits.isEmpty else {
            message = "No match for \(s.label)"
            return
        }
        let n = s.hits.count
        var next: Int
        if let c = s.current {
            next = forward ? c + 1 : c - 1
        } else {
            let first = BinarySearch.firstStarting(atOrAfter: anchorOffset, in: s.hits)
            next = forward ? first : first - 1
        }
        var wrapped: String?
        if next >= n { next = 0; wrapped = "Search wrapped to the top" }
        if next < 0 { next = n - 1; wrapped = "Search wrapped to the bottom" }
        s.current = next
        // The counter stays in view with the notice.
        if let wrapped { message = wrapped + " · " + s.label + " " + s.counter }
        searchState.active = s
        reveal(s.hits[next])
    }

    mutating func promptCommand(_ command: Command) -> [Effect] {
        guard var p = searchState.prompt else { focus = .article; return [] }
        switch command {
        case .open:
            if p.query.isEmpty {
                searchState.active = p.previous
            } else {
                searchState.remember(p.query)
                // The incremental search already moved the view: the jump left the origin.
                if top != p.originTop {
                    jumps.record(Place(article: articleID, offset: p.originAnchor), reason: "/" + p.query)
                }
            }
            searchState.prompt = nil
            focus = .article
        case .back:
            viewport.restore(top: p.originTop, anchor: p.originAnchor)
            searchState.active = p.previous
            searchState.prompt = nil
            focus = .article
        case .deleteBackward:
            p.input.deleteBackward()
            searchState.prompt = p
            updateSearch()
        case .clearInput:
            p.input.clear()
            searchState.prompt = p
            updateSearch()
        case .selectPrevious, .selectNext:
            let history = searchState.history
            guard !history.isEmpty else { return [] }
            let at = p.recall ?? history.count
            let next = command == .selectPrevious ? max(0, at - 1) : min(history.count, at + 1)
            p.recall = next
            p.input.replace(with: next < history.count ? history[next] : "")
            searchState.prompt = p
            updateSearch()
        default: break
        }
        return []
    }

    /// Incremental search: re-find the query and show the first hit from where the search began.
    mutating func updateSearch() {
        guard let p = searchState.prompt else { return }
        viewport.restore(top: p.originTop, anchor: p.originAnchor)
        guard !p.query.isEmpty else {
            searchState.active = nil
            return
        }
        let hits = TextSearch.find(p.query, in: index.scalars)
        var s = Search(kind: .text(p.query), hits: hits, current: nil, label: "/" + p.query)
        if !hits.isEmpty {
            var i = BinarySearch.firstStarting(atOrAfter: p.originAnchor, in: hits)
            if i >= hits.count { i = 0 }
            s.current = i
            searchState.active = s
            reveal(hits[i])
        } else {
            searchState.active = s
        }
    }

    // MARK: Entities

    /// Makes entity `e` the current search; `at` picks the mention to make current, else the
    /// next one from the top of the screen.
    mutating func searchEntity(_ e: Int, at offset: Int? = nil) {
        guard e >= 0, e < document.entities.count else { return }
        selectedCitation = nil
        selectedLink = nil
        let gather = includeMetonyms && !(index.gathered[document.entities[e].id] ?? []).isEmpty
        let hits = index.mentionSpans(of: e, gather: gather)
        let name = Sanitizer.visible(TextScalars.flatten(document.entities[e].name))
        var s = Search(kind: .entity(e, gathered: gather), hits: hits, current: nil,
                       label: name + (gather ? " +metonyms" : ""))
        guard !hits.isEmpty else {
            searchState.active = s
            message = "\(name) has no mentions"
            return
        }
        if let offset, let i = hits.firstIndex(where: { $0.contains(offset) }) {
            s.current = i
            searchState.active = s
            return
        }
        var i = BinarySearch.firstStarting(atOrAfter: anchorOffset, in: hits)
        if i >= hits.count { i = 0 }
        s.current = i
        searchState.active = s
        reveal(hits[i])
    }

    /// An entity's name as the screen shows it.
    func entityName(_ e: Int) -> String {
        e >= 0 && e < document.entities.count ? Sanitizer.visible(TextScalars.flatten(document.entities[e].name)) : ""
    }

    func entityDescription(_ e: Int) -> String {
        guard e >= 0, e < document.entities.count else { return "" }
        let ent = document.entities[e]
        let aliases = ent.aliases.prefix(4).map { Sanitizer.visible($0) }.joined(separator: ", ")
        return "\(Sanitizer.visible(ent.name)) · \(ent.type.rawValue) · \(ent.mentions.count) mentions · \(aliases)"
    }

    // MARK: Finder

    mutating func finderCommand(_ command: Command) -> [Effect] {
        guard var f = finder else { focus = .article; return [] }
        switch command {
        case .open where f.libraryScope:
            finder = nil
            focus = .article
            guard f.selected >= 0, f.selected < f.libraryResults.count else { return [] }
            return [.entityPage(f.libraryResults[f.selected].entity.id)]
        case .libraryScope:
            guard library != nil else {
                message = "The library scope is for articles opened from the library"
                return []
            }
            f.libraryScope.toggle()
            f.selected = 0
            finder = f
            if f.libraryScope && libraryEntities == nil { return [.libraryEntities] }
            updateFinder()
        case .open:
            finder = nil
            focus = .article
            if f.selected >= 0, f.selected < f.results.count {
                let e = f.results[f.selected].entity
                recordingJump("finder: " + entityName(e)) { $0.searchEntity(e) }
            }
        case .back:
            finder = nil
            focus = .article
        case .selectNext, .lineDown:
            f.select(by: 1)
            finder = f
        case .selectPrevious, .lineUp:
            f.select(by: -1)
            finder = f
        case .toggleMetonyms:
            includeMetonyms.toggle()
        case .deleteBackward:
            f.input.deleteBackward()
            finder = f
            updateFinder()
        case .clearInput:
            f.input.clear()
            finder = f
            updateFinder()
        default: break
        }
        return []
    }

    /// Re-ranks the entities for the finder's query.
    mutating func updateFinder() {
        guard var f = finder else { return }
        if f.libraryScope {
            f.libraryResults = Finder.rankLibrary(f.query, libraryEntities ?? [])
        } else {
            f.results = Finder.rank(f.query, index: index)
        }
        f.selected = 0
        finder = f
    }
}
