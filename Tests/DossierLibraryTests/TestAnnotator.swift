import DossierKit

/// The annotator the library tests use, loaded once the way the command line loads it.
let testAnnotator = Annotator.loadDefault()
