@testable import DossierKit

/// The knowledge lists and the name tagger the tests use, loaded once for the test process the
/// way the command line loads them (``Annotator/loadDefault()``).
let testKnowledge = Knowledge.loadDefault()
let testModel = NERModel.load()
let testAnnotator = Annotator(knowledge: testKnowledge, model: testModel)
