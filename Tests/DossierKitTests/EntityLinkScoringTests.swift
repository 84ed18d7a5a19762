import Testing
@testable import DossierKit

@Suite("Evaluation of entity grouping and actor links")
struct EntityLinkScoringTests {
    typealias M = EntityLinkScoring.Mention

    /// PLACE mentions of 6 characters at 0, 10, 20… in the given entities.
    private func places(_ entities: [String]) -> [M] {
        entities.enumerated().map { M(start: $0.offset * 10, end: $0.offset * 10 + 6, type: "PLACE", entity: $0.element) }
    }

    @Test func pairsOfFoundMentionsInTheSameEntity() {
        // Gold: three mentions of Valoria (pairs 3), two of Brenn (1). The system splits one
        // Valoria mention off and misses a Brenn mention.
        let gold = [M(start: 0, end: 7, type: "PLACE", entity: "valoria"),
                    M(start: 20, end: 27, type: "PLACE", entity: "valoria"),
                    M(start: 40, end: 47, type: "PLACE", entity: "valoria"),
                    M(start: 60, end: 65, type: "PERSON", entity: "brenn"),
                    M(start: 80, end: 85, type: "PERSON", entity: "brenn")]
        let system = [M(start: 0, end: 7, type: "PLACE", entity: "valoria"),
                      M(start: 20, end: 27, type: "PLACE", entity: "valoria"),
                      M(start: 40, end: 47, type: "PLACE", entity: "valoria-2"),
                      M(start: 60, end: 65, type: "PERSON", entity: "brenn"),
                      M(start: 90, end: 95, type: "PERSON", entity: "brenn")]
        let r = EntityLinkScoring.score(gold: gold, goldActors: [:], system: system, systemActors: [:])
        // Found: valoria ×3 (split 2 + 1), brenn ×1. Gold pairs 3, system pairs 1, shared 1.
        #expect(r.grouping.gold == 3)
        #expect(r.grouping.predicted == 1)
        #expect(r.grouping.truePositives == 1)
        #expect(r.errors.contains { $0.contains("valoria split") })
    }

    @Test func actorLinksAgreeThroughTheRepresentingEntity() {
        // The system names its entities differently; ostgrad → valoria agrees, kelvar has no
        // link where gold has one, doruna has a link where gold has none.
        let gold = places(["valoria", "ostgrad", "kelvar", "doruna"])
        let system = places(["v", "o", "k", "d"])
        let r = EntityLinkScoring.score(gold: gold, goldActors: ["ostgrad": "valoria", "kelvar": "valoria"],
                                        system: system, systemActors: ["o": "v", "d": "v"])
        #expect(r.linkedEntities == 3)
        #expect(r.agreeing == 1)
        #expect(r.actors.gold == 2)
        #expect(r.actors.predicted == 2)
        #expect(r.actors.truePositives == 1)
    }

    @Test func aLinkToASecondCopyOfTheStateIsWrong() {
        let gold = places(["valoria", "valoria", "ostgrad"])
        let system = places(["valoria", "valoria", "ostgrad"]) + [M(start: 30, end: 37, type: "MEDIA", entity: "valoria-2")]
        let r = EntityLinkScoring.score(gold: gold, goldActors: ["ostgrad": "valoria"],
                                        system: system, systemActors: ["ostgrad": "valoria-2"])
        #expect(r.agreeing == 0)
        #expect(r.grouping.f1 == 1)
    }
}
