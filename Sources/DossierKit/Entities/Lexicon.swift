/// Closed word classes the recognizer's rules use, hashed like text tokens (``NameHash``).
///
/// These are rules of English and of the genre (role words, organization heads, reporting verbs),
/// not knowledge of particular names, so they live in code rather than in Data/knowledge.
enum Lexicon {
    /// Word classes as bits, so one lookup per token answers every class question.
    struct Cls: OptionSet, Sendable {
        let rawValue: UInt32
        static let commonCapitalized = Cls(rawValue: 1 << 0)
        static let connectors = Cls(rawValue: 1 << 1)
        static let documentHeads = Cls(rawValue: 1 << 2)
        static let eventHeads = Cls(rawValue: 1 << 3)
        static let eventNouns = Cls(rawValue: 1 << 4)
        static let eventPrefixes = Cls(rawValue: 1 << 5)
        static let inHeads = Cls(rawValue: 1 << 6)
        static let locatives = Cls(rawValue: 1 << 7)
        static let mediaHeads = Cls(rawValue: 1 << 8)
        static let months = Cls(rawValue: 1 << 9)
        static let nameParticles = Cls(rawValue: 1 << 10)
        static let nonNameAcronyms = Cls(rawValue: 1 << 11)
        static let orgHeads = Cls(rawValue: 1 << 12)
        static let personCues = Cls(rawValue: 1 << 13)
        static let placeCueNouns = Cls(rawValue: 1 << 14)
        static let placeHeads = Cls(rawValue: 1 << 15)
        static let placePrefixes = Cls(rawValue: 1 << 16)
        static let reportingVerbs = Cls(rawValue: 1 << 17)
        static let roleHeads = Cls(rawValue: 1 << 18)
        static let roles = Cls(rawValue: 1 << 19)
        static let weekdays = Cls(rawValue: 1 << 20)
        static let orgNouns = Cls(rawValue: 1 << 21)
        static let mediaNouns = Cls(rawValue: 1 << 22)
        static let breakers = Cls(rawValue: 1 << 23)
        static let corpSuffixes = Cls(rawValue: 1 << 24)
        static let eponymTails = Cls(rawValue: 1 << 25)
        static let districtModifiers = Cls(rawValue: 1 << 26)
        static let orgMembers = Cls(rawValue: 1 << 27)
        static let appositionOrgNouns = Cls(rawValue: 1 << 28)
        static let placeOrigins = Cls(rawValue: 1 << 29)
        static let ownershipTails = Cls(rawValue: 1 << 30)
        static let presidencyNouns = Cls(rawValue: 1 << 31)
    }

    /// Token hash → class bits of every closed word class above.
    static let classes: HashMap64 = {
        var m = HashMap64(capacity: 2048)
        func add(_ w: String, _ c: Cls) {
            let b = Array(w.utf8)
            let h = NameHash.add(NameHash.start, b, 0..<b.count)
            m.set(h, Int32(bitPattern: UInt32(bitPattern: m.get(h) ?? 0) | c.rawValue))
        }
        for w in commonCapitalizedWords { add(w, .commonCapitalized) }
        for w in connectorsWords { add(w, .connectors) }
        for w in documentHeadsWords { add(w, .documentHeads) }
        for w in eventHeadsWords { add(w, .eventHeads) }
        for w in eventNounsWords { add(w, .eventNouns) }
        for w in eventPrefixesWords { add(w, .eventPrefixes) }
        for w in inHeadsWords { add(w, .inHeads) }
        for w in locativesWords { add(w, .locatives) }
        for w in mediaHeadsWords { add(w, .mediaHeads) }
        for w in monthsWords { add(w, .months) }
        for w in nameParticlesWords { add(w, .nameParticles) }
        for w in nonNameAcronymsWords { add(w, .nonNameAcronyms) }
        for w in orgHeadsWords { add(w, .orgHeads) }
        for w in personCuesWords { add(w, .personCues) }
        for w in placeCueNounsWords { add(w, .placeCueNouns) }
        for w in placeHeadsWords { add(w, .placeHeads) }
        for w in placePrefixesWords { add(w, .placePrefixes) }
        for w in presidencyNounsWords { add(w, .presidencyNouns) }
        for w in reportingVerbsWords { add(w, .reportingVerbs) }
        for w in roleHeadsWords { add(w, .roleHeads) }
        // Capitalized cue words at a sentence start act as titles ("Analyst Giorgi Beridze").
        for w in personCuesWords where w.first?.isLowercase == true {
            let cap = w.prefix(1).uppercased() + w.dropFirst()
            add(cap, .roleHeads)
            add(cap, .roles)
        }
        for w in rolesWords { add(w, .roles) }
        for w in weekdaysWords { add(w, .weekdays) }
        for w in orgNounsWords { add(w, .orgNouns) }
        for w in mediaNounsWords { add(w, .mediaNouns) }
        for w in breakersWords { add(w, .breakers) }
        for w in corpSuffixesWords { add(w, .corpSuffixes) }
        for w in eponymTailsWords { add(w, .eponymTails) }
        for w in districtModifiersWords { add(w, .districtModifiers) }
        for w in orgMembersWords { add(w, .orgMembers) }
        for w in appositionOrgNounsWords { add(w, .appositionOrgNouns) }
        for w in placeOriginsWords { add(w, .placeOrigins) }
        for w in ownershipTailsWords { add(w, .ownershipTails) }
        return m
    }()

    /// The class bits of a token hash.
    @inline(__always)
    static func cls(_ h: UInt64) -> Cls { Cls(rawValue: UInt32(bitPattern: classes.get(h) ?? 0)) }

    static func set(_ words: [String]) -> HashMap64 {
        var out = HashMap64(capacity: words.count)
        for w in words {
            let b = Array(w.utf8)
            out.set(NameHash.add(NameHash.start, b, 0..<b.count), 1)
        }
        return out
    }

    /// Lowercase nouns of a leader's tenure after a surname: "the Carter administration", "the
    /// Assad regime", "the Brezhnev era".
    static let presidencyNounsWords = ["administration", "administrations", "presidency", "regime", "era", "camp"]

    /// Titles and roles that stand before a name and are not part of it.
    static let rolesWords: [String] = ([
        "President", "Presidents", "Vice", "Vice-President", "Prime", "Minister", "Ministers", "Premier",
        "Chairman", "Chairwoman", "Chairperson", "Chair", "Speaker", "Chancellor", "Secretary",
        "Secretary-General", "Ambassador", "Envoy", "Commander", "Commander-in-Chief", "Admiral",
        "Colonel", "Lieutenant", "Captain", "Marshal", "Governor", "Mayor", "Senator", "Congressman",
        "Congresswoman", "Patriarch", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope",
        "Chief", "Director", "Director-General", "Head", "Spokesman", "Spokeswoman", "Spokesperson",
        "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Professor", "Prof", "Deputy", "Foreign", "Defense",
        "Defence", "Interior", "Former", "Acting", "First", "Supreme", "Leader", "Colonel-General",
        "Lieutenant-General", "Major-General", "Archbishop", "Metropolitan", "Bishop", "Judge",
        "Prosecutor", "Prosecutor-General", "Ombudsman", "Attorney", "Commissioner", "Special",
        "Representative", "Economy", "Economic", "Finance", "Energy", "Justice", "Trade", "Parliament",
        "Parliamentary", "Opposition", "Sergeant", "Private", "Candidate", "Ex-President", "Patriarchs",
        "Minister-Counselor", "Counselor", "Consul", "Deputy-Chairman", "Rector", "Academician",
        "Saint", "St", "Agriculture", "Health", "Education", "Culture", "Transport", "Infrastructure",
        "Security", "Emergency", "Emergencies", "Digital", "Development", "Labor", "Labour", "Social",
        "Industry", "Natural", "Resources", "Ecology", "Environment", "Sports", "Youth", "Tourism",
        "Communications", "Information", "National", "State", "General", "Major", "Chief-of-Staff",
    ])

    /// Role nouns that end a title (the name follows them): `Minister`, `President`…
    static let roleHeadsWords: [String] = ([
        "President", "Presidents", "Minister", "Ministers", "Premier", "Chairman", "Chairwoman",
        "Chairperson", "Chair", "Speaker", "Chancellor", "Secretary", "Secretary-General", "Ambassador",
        "Envoy", "Commander", "Commander-in-Chief", "Admiral", "Colonel", "Lieutenant", "Captain",
        "Marshal", "Governor", "Mayor", "Senator", "Congressman", "Congresswoman", "Patriarch", "King",
        "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope", "Chief", "Director", "Director-General",
        "Head", "Spokesman", "Spokeswoman", "Spokesperson", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord",
        "Professor", "Prof", "Leader", "Colonel-General", "Lieutenant-General", "Major-General",
        "Archbishop", "Metropolitan", "Bishop", "Judge", "Prosecutor", "Prosecutor-General", "Ombudsman",
        "Attorney", "Commissioner", "Representative", "General", "Major", "Sergeant", "Consul",
        "Counselor", "Rector", "Academician", "Ex-President", "Candidate", "Superintendent",
        "Inspector", "Sheriff", "Detective", "Officer", "Agent", "Reverend", "Rev", "Father",
        "Ayatollah", "Mullah", "Imam", "Rabbi", "Cardinal", "Senators", "Gen", "Col", "Lt", "Adm",
        "Sgt", "Capt", "Gov", "Sen", "Rep", "Pres",
    ])

    /// All-caps words that are not names (units, common abbreviations).
    static let nonNameAcronymsWords: [String] = ([
        "TV", "GDP", "PM", "AM", "CEO", "FM", "MP", "MPs", "LNG", "NGO", "NGOs", "IT", "AI", "USD",
        "EUR", "OK", "HIV", "AIDS", "ATM", "SMS", "PR", "VIP", "ICBM", "ICBMs", "UAV", "UAVs", "MLRS",
        "APC", "GPS", "EEZ", "NB", "PS", "FAQ", "CT", "ET", "GMT", "UTC", "BC", "AD", "PhD", "MW",
        "GW", "KW", "BCM", "BCF", "TCF", "CO2", "WMD", "POW", "POWs", "IDP", "IDPs", "SUV", "DNA",
        "COVID", "SARS", "US-led", "CIF", "FOB", "IPO", "VAT", "PDF", "URL", "HTML", "I", "II", "III",
        "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XX", "XXI", "OMON", "SWAT",
    ])

    /// Lowercase words before a name that say a person follows ("analyst Ivan Petrov").
    static let personCuesWords: [String] = ([
        "analyst", "analysts", "commentator", "commentators", "expert", "experts", "scientist",
        "scholar", "journalist", "journalists", "editor", "editor-in-chief", "author", "writer",
        "blogger", "researcher", "historian", "economist", "politician", "deputy", "lawmaker",
        "legislator", "MP", "diplomat", "official", "officials", "spokesman", "spokeswoman",
        "spokesperson", "president", "minister", "premier", "leader", "chairman", "chairwoman",
        "head", "chief", "director", "founder", "businessman", "businesswoman", "oligarch", "tycoon",
        "activist", "dissident", "governor", "mayor", "ambassador", "envoy", "general", "colonel",
        "admiral", "commander", "professor", "lecturer", "specialist", "sociologist", "observer",
        "correspondent", "reporter", "columnist", "presenter", "host", "candidate", "opponent",
        "rival", "successor", "predecessor", "nephew", "son", "daughter", "wife", "husband",
        "brother", "sister", "father", "mother", "son-in-law", "aide", "adviser", "advisor",
        "secretary", "speaker", "prosecutor", "judge", "lawyer", "attorney", "officer", "pilot",
        "colleague", "Mr.", "Mrs.", "Dr.", "politologist", "orientalist", "sovietologist",
        "strategist", "theorist", "philosopher", "poet", "novelist", "artist", "singer", "priest",
        "cleric", "imam", "patriarch", "metropolitan", "bishop", "counterpart", "ex-president",
        "ex-minister", "ex-premier", "deputies", "ministers", "presidents", "leaders", "elder",
        "younger", "late", "billionaire", "magnate", "entrepreneur", "banker", "manager", "CEO",
    ])

    /// Verbs that follow a speaker's name ("Omarov says", "Vasadze argued").
    static let reportingVerbsWords: [String] = ([
        "said", "says", "say", "told", "tells", "argues", "argued", "argue", "writes", "wrote",
        "write", "noted", "notes", "stated", "states", "added", "adds", "claimed", "claims",
        "believes", "believed", "warned", "warns", "explained", "explains", "suggested", "suggests",
        "asserted", "asserts", "insists", "insisted", "pointed", "points", "observed", "observes",
        "emphasized", "emphasizes", "stressed", "stresses", "declared", "declares", "announced",
        "announces", "remarked", "remarks", "commented", "comments", "concluded", "concludes",
        "contends", "contended", "acknowledged", "acknowledges", "admitted", "admits", "predicted",
        "predicts", "thinks", "thought", "recalled", "recalls", "complained", "complains",
        "replied", "replies", "responded", "responds", "urged", "urges", "accused", "accuses",
        "called", "calls", "denied", "denies", "met", "meets", "visited", "visits", "signed",
        "signs", "promised", "promises", "vowed", "vows", "resigned", "resigns", "wants", "wanted",
        "has", "had", "was", "is", "himself", "herself",
    ])

    /// Organization heads: a capitalized name ending in one of these is an ORG.
    static let orgHeadsWords: [String] = ([
        "Ministry", "Ministries", "Party", "Council", "Committee", "Service", "Services", "Agency",
        "Bank", "Corporation", "Corp", "Club", "Fleet", "Flotilla", "Movement", "Union",
        "Organization", "Organisation", "Assembly", "Forces", "Force", "Army", "Navy", "Guard",
        "Guards", "Staff", "Department", "Court", "Commission", "Community", "Alliance", "Institute",
        "Foundation", "Center", "Centre", "University", "Academy", "Front", "Parliament",
        "Government", "Administration", "Office", "Bureau", "Directorate", "Inspectorate",
        "Company", "Group", "Holding", "Holdings", "Fund", "Authority", "Cabinet", "Senate",
        "Congress", "Church", "Association", "Society", "Network", "Initiative", "Coalition",
        "Bloc", "League", "Mission", "Brigade", "Division", "Regiment", "Corps", "Police", "Secretariat",
        "Chamber", "Board", "Exchange", "Airlines", "Railways", "Federation", "Endowment",
        "Council’s", "Trust", "Partnership", "Consortium", "Battalion", "Command", "District",
        "Troops", "Diocese", "Patriarchate", "Caliphate", "Synod", "Duma", "Rada", "Majlis",
        "Kenesh", "Court’s", "Prosecutor’s", "Tribunal", "Conglomerate", "Enterprises", "Group’s",
        "Directorate’s", "Legion", "Battalions", "Brigades", "Unit", "Units", "Airways", "Telecom", "Systems", "Industries", "Inc", "Ltd", "LLC", "PLC", "AG",
        "GmbH", "SA", "JSC", "S.p.A", "N.V", "B.V", "S.A", "Co", "LLP", "Cos", "Lab", "Laboratory", "School", "College", "Hospital", "Clinic",
        "Museum", "Library", "Theater", "Theatre", "Orchestra", "Team", "Union’s", "Guard’s",
        "Finance", "Capital", "Partners", "Securities", "Investments", "Consulting", "Analytics",
        "Advisors", "Ventures", "Logistics", "Motors", "Technologies", "Pharma", "Foods", "Bancorp",
        "Bancshares", "Bankshares", "Gold", "Mining", "Petroleum", "Steel", "Metals", "Minerals", "Resources",
        "Shipping", "Aviation", "Airlines",
    ])

    /// Outlet heads: a capitalized name ending in one of these is MEDIA.
    static let mediaHeadsWords: [String] = ([
        "Times", "News", "Post", "Daily", "Journal", "Herald", "Tribune", "Review", "Monitor",
        "Telegraph", "Gazette", "Gazeta", "Pravda", "Izvestia", "Vedomosti", "Radio", "TV",
        "Television", "Channel", "Agency’s", "Press", "Observer", "Chronicle", "Weekly", "Magazine",
        "Express", "Courier", "Kurier", "Vestnik", "Novosti", "Today", "Insider", "Digest",
        "Bulletin", "Dispatch", "Broadcasting", "Media", "Online", "Wire", "Report", "Quarterly",
        "Inform", "Info", "Haber", "Haberler", "Ajansı", "Novini", "Vesti", "Kavkaza",
    ])

    /// Event heads: a capitalized name ending in one of these is an EVENT.
    static let eventHeadsWords: [String] = ([
        "War", "Wars", "Summit", "Conference", "Forum", "Revolution", "Uprising", "Games",
        "Olympics", "Championship", "Cup", "Festival", "Exercise", "Exercises", "Drills",
        "Massacre", "Genocide", "Crisis", "Talks", "Dialogue", "Expo", "Referendum", "Election",
        "Elections", "Congress’s", "Offensive", "Campaign", "Coup", "Putsch", "Protests", "Blockade",
        "Siege", "Famine", "Holodomor", "Spring", "Insurgency", "Intifada", "Rebellion",
        "Riots", "Ceasefire", "Conflict", "Tragedy", "Events", "Parade", "Biennale", "Show",
        "Convention’s", "Meeting", "Session", "Congress", "Plenum", "Rally", "March",
    ])

    /// Event heads that come first ("Battle of …", "Operation …").
    static let eventPrefixesWords: [String] = (["Battle", "Siege", "Operation", "Treaty-of", "Congress", "Siege-of", "Hurricane", "Typhoon", "Cyclone"])

    /// The commonest Korean surnames (romanized), written first: "Lee Jae-myung", "Yoon Suk Yeol".
    static let eastAsianSurnames: Set<UInt64> = Set([
        "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
        "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong", "Yoo", "Ko", "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam",
        "Noh", "Roh", "Ha", "Kwak", "Ryu", "Chun", "Yun", "Woo", "Min", "Ban",
    ].map { NameHash.of($0) })

    /// Place heads that come first ("Sea of Azov", "Mount Kazbek", "Lake Sevan").
    static let placePrefixesWords: [String] = ([
        "Sea", "Gulf", "Bay", "Strait", "Straits", "Lake", "Mount", "Mt", "Cape", "Isle", "Island",
        "Islands", "Republic", "Kingdom", "Principality", "Emirate", "Grand", "Port", "Fort", "Gorge",
        "Canal", "Valley", "Peninsula", "Plain", "Plateau", "Region", "Province", "Oblast",
        "Krai", "County", "Governorate", "Autonomous", "North", "South", "East", "West", "Northern",
        "Southern", "Eastern", "Western", "Upper", "Lower", "Middle", "Far", "Near", "Greater",
        // Ukrainian and Russian place names: "Velykyi Burluk", "Mala Tokmachka", "Nova Sich".
        "Velykyi", "Velyka", "Velyke", "Velyki", "Malyi", "Mala", "Male", "Mali", "Nova", "Novyi", "Nove",
        "Novi", "Stara", "Staryi", "Stare", "Stari", "Verkhnii", "Nyzhnii", "Verkhnia", "Nyzhnia",
    ])

    /// Place heads that come last ("Aras River", "Pankisi Gorge", "Kursk Oblast").
    static let placeHeadsWords: [String] = ([
        "River", "Sea", "Ocean", "Lake", "Mountains", "Mountain", "Mount", "Range", "Valley",
        "Peninsula", "Gorge", "Pass", "Strait", "Straits", "Gulf", "Bay", "Island", "Islands",
        "Oblast", "Krai", "Region", "Province", "Governorate", "Okrug", "Raion", "District’s",
        "Canyon", "Desert", "Steppe", "Plateau", "Highlands", "Lowlands", "Basin", "Delta",
        "Square", "Street", "Avenue", "Ave", "Blvd", "Boulevard", "Road", "Rd", "Highway", "Prospekt", "Bridge", "Airport", "Port",
        "Heights", "Coast", "Gap", "Territory", "Territories", "Republic", "Emirates", "Kingdom", "Empire", "City",
        "Khanate", "Sultanate",
    ])

    /// Names of documents, not entities: a run ending in one of these is not marked.
    static let documentHeadsWords: [String] = ([
        "Treaty", "Agreement", "Agreements", "Accord", "Accords", "Declaration", "Convention",
        "Charter", "Act", "Article", "Articles", "Protocol", "Memorandum", "Statement", "Code",
        "Constitution", "Law", "Resolution", "Doctrine", "Strategy", "Concept", "Plan", "Program",
        "Programme", "Directive", "Decree", "Pact", "Roadmap", "Principles", "Amendment", "Bill",
        "Clause", "Paragraph", "Chapter", "Section", "Annex", "Index", "Report’s",
    ])

    /// Lowercase words allowed inside a name after a head ("Ministry of Defense",
    /// "Organization for Security and Co-operation in Europe", "Argumenty i Fakty").
    static let connectorsWords: [String] = (["of", "for", "and", "on", "in", "the", "de", "du", "des", "i", "al", "el", "da", "di"])

    /// Heads after which "in" continues the name ("European Union Mission in Armenia").
    static let inHeadsWords: [String] = (["Mission", "Co-operation", "Cooperation", "operation", "cooperation", "Office", "Representation", "Delegation", "Missions"])
    static let inHash: UInt64 = { let w = Array("in".utf8); return NameHash.add(NameHash.start, w, 0..<w.count) }()

    /// Particles inside personal names ("Ursula von der Leyen", "Abu Bakr al-Baghdadi").
    static let nameParticlesWords: [String] = (["von", "van", "der", "den", "de", "la", "le", "al", "bin", "ibn", "ul", "ad", "el", "du", "da"])

    /// Lowercase nouns after a place name ("the Hakari bridge", "Galkynysh field", "Anaklia port").
    static let placeCueNounsWords: [String] = ([
        "port", "bridge", "field", "fields", "river", "lake", "valley", "region", "district", "province",
        "village", "town", "city", "airport", "base", "range", "ranges", "checkpoint", "border",
        "crossing", "mountains", "mountain", "oblast", "highway", "gorge", "pass", "dam", "airfield",
        "mine", "deposit", "deposits", "railway", "station", "peninsula", "island", "islands", "bay",
        "harbor", "harbour", "sea", "coast", "plateau", "steppe", "canal", "strait", "corridor",
        "settlement", "municipality", "neighborhood", "suburb", "enclave", "exclave", "oasis",
        "deep-sea", "seaport", "terminal", "refinery", "basin", "area", "reservoir", "plant",
        "power", "hydropower", "hydroelectric", "pipeline", "fortress", "monastery", "cathedral", "valley",
        "provinces", "regions", "districts", "villages", "towns", "cities", "ports", "oblasts", "republics",
    ])

    /// Capitalized words that never continue a name (document furniture, function words):
    /// "Eurasia Daily Monitor Volume: 16" ends before "Volume".
    static let breakersWords: [String] = ([
        "Volume", "Issue", "Publication", "Source", "Photo", "Image", "Note", "Notes", "Update",
        "Read", "See", "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "But", "And", "Or",
        "If", "When", "While", "However", "Although", "Because", "Since", "After", "Before", "During",
        "Meanwhile", "Moreover", "Yet", "Thus", "Still", "Also", "Then", "Now", "Today", "Yesterday",
    ])

    /// Lowercase tails after a hyphen that make an unknown name an eponym ("Steinmeier-type").
    static let eponymTailsWords: [String] = (["type", "style", "era", "esque", "like", "ist", "ite", "ism"])

    /// Words before "District" that make it an administrative area, not a military command.
    static let districtModifiersWords: [String] = (["Federal", "Autonomous", "Administrative", "Municipal", "Capital"])

    /// Lowercase plural nouns after a name that make it an organization ("Wagner fighters").
    static let orgMembersWords: [String] = ([
        "fighters", "mercenaries", "militants", "employees", "executives", "shareholders", "subsidiary",
        "subsidiaries", "staffers", "loyalists", "members", "activists", "lawmakers", "deputies",
    ])

    /// Head nouns of an apposition that describe an organization ("X, the state energy trader,").
    static let appositionOrgNounsWords: [String] = ([
        "utility", "trader", "monitor", "watchdog", "insurer", "carrier", "exporter", "importer",
        "lender", "miner", "giant", "monopoly", "regulator", "manufacturer", "maker", "supplier",
        "tank", "think-tank", "NGO", "nonprofit", "charity", "outfit", "network", "subsidiary",
        "distributor", "developer", "contractor", "shipper", "airline", "railway", "broker", "body",
    ])

    /// Lowercase tails after a hyphen that make the name before them a place ("Grodno-born").
    static let placeOriginsWords: [String] = (["based", "born", "bound", "registered", "headquartered"])

    /// Tails of "state-owned", "state-run", "Kremlin-controlled": what follows is an organization.
    static let ownershipTailsWords: [String] = (["owned", "run", "controlled", "funded", "backed", "financed", "listed"])

    /// Legal-form suffixes: "Innopac Inc" is also called "Innopac".
    static let corpSuffixesWords: [String] = ([
        "Inc", "Corp", "Corporation", "Ltd", "PLC", "Plc", "LLC", "AG", "SA", "N.V", "B.V", "S.A",
        "S.p.A", "GmbH", "Co", "Group", "Holdings", "Holding", "JSC", "OJSC", "PJSC", "LLP", "Bancorp", "Bancshares",
    ])

    /// Lowercase nouns that name a kind of organization, before or after its name
    /// ("the energy company KazTransGas", "the Ak Zhol party").
    static let orgNounsWords: [String] = ([
        "company", "firm", "party", "movement", "bloc", "coalition", "group", "bank", "faction",
        "association", "organization", "organisation", "agency", "fund", "corporation", "operator",
        "producer", "conglomerate", "holding", "ministry", "union", "alliance", "consortium",
        "think-tank", "institute", "foundation", "militia", "brigade", "battalion", "club",
    ])

    /// Lowercase nouns that name a kind of outlet ("the newspaper Vremya", "the portal Zona.kz").
    static let mediaNounsWords: [String] = ([
        "newspaper", "daily", "weekly", "outlet", "website", "portal", "channel", "broadcaster",
        "magazine", "journal", "tabloid", "news", "agency’s", "publication", "blog", "podcast",
    ])

    /// Lowercase nouns that name a kind of event ("the Iron Wolf exercise").
    static let eventNounsWords: [String] = ([
        "exercise", "exercises", "drills", "maneuvers", "manoeuvres", "summit", "conference", "forum",
        "war", "operation", "offensive", "games", "festival", "congress", "uprising", "revolution",
    ])

    /// Prepositions before a place ("in Prudboi", "near Tovuz").
    static let locativesWords: [String] = ([
        "in", "near", "to", "from", "at", "outside", "across", "via", "around", "into", "towards",
        "toward", "through", "between", "inside", "within", "throughout", "off", "along",
    ])

    /// Capitalized words that start sentences or titles and are not names by themselves.
    static let commonCapitalizedWords: [String] = ([
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "Of", "For",
        "By", "With", "From", "To", "As", "And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While",
        "Although", "Though", "Because", "Since", "After", "Before", "During", "Until", "Unless",
        "However", "Moreover", "Meanwhile", "Nevertheless", "Nonetheless", "Indeed", "Still", "Thus",
        "Hence", "Therefore", "Instead", "Likewise", "Similarly", "Furthermore", "Also", "Even",
        "Only", "Just", "Yet", "Such", "Some", "Many", "Most", "Much", "More", "Few", "Several",
        "All", "Both", "Each", "Every", "Either", "Neither", "Other", "Another", "No", "Not", "None",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First",
        "Second", "Third", "Last", "Next", "New", "Old", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "Who", "Whom", "Whose", "What", "Which", "Where",
        "Why", "How", "There", "Here", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Recently",
        "Earlier", "Later", "Already", "Again", "Once", "Twice", "Perhaps", "Maybe", "Clearly",
        "Certainly", "Obviously", "Notably", "Importantly", "Ultimately", "Finally", "Overall",
        "Officially", "Publicly", "Privately", "According", "Given", "Despite", "Amid", "Among",
        "Against", "Under", "Over", "Above", "Below", "Between", "Beyond", "Within", "Without",
        "Through", "Across", "Along", "Around", "Behind", "Inside", "Outside", "Upon", "Like",
        "Unlike", "Regardless", "Whether", "Nor", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
        "Be", "Been", "Being", "Has", "Have", "Had", "Can", "Could", "May", "Might", "Must", "Shall",
        "Should", "Will", "Would", "Let", "Yes", "Source", "Publication", "Volume", "Issue", "Photo",
        "Image", "Note", "Notes", "See", "Read", "Update", "Editor", "Editors", "Summary",
        "Background", "Conclusion", "Introduction", "Analysis", "Commentary", "Opinion", "Part",
        "Chapter", "Figure", "Table", "Map", "Left", "Right", "Above", "Top", "Bottom", "Mr", "Mrs",
        "Ms", "Dr", "Continues", "With", "Ahead", "Tests", "Test", "Year", "Years", "Month",
        "Months", "Week", "Weeks", "Day", "Days", "Russia’s", "Whatever", "Whoever", "Everything",
        "Nothing", "Something", "Anything", "Everyone", "Someone", "Anyone", "Nobody", "Nobody’s",
        "Much", "Far", "Well", "Back", "Up", "Down", "Out", "Off", "Away", "Together", "Almost",
        "Nearly", "About", "Roughly", "Approximately", "Some", "Any", "Beijing’s", "Western",
        "Eastern", "Northern", "Southern", "Central", "Official", "Officials", "Experts", "Analysts",
        "Critics", "Observers", "Sources", "Reports", "Local", "Regional", "National", "International",
        "Global", "Foreign", "Domestic", "Political", "Economic", "Military", "Strategic", "Security",
        "Energy", "Gas", "Oil", "Trade", "Talks", "Peace", "War", "Border", "Government",
        "President", "Minister", "Prime", "Deputy", "Chairman", "Head", "Chief", "Leader",
        "Former", "Current", "Future", "Past", "Present", "Early", "Late", "Mid", "Recent",
        "Trend", "Reading", "Union", "Congress", "Center", "Centre", "Rally", "Forum", "Summit",
    ])

    /// Month and weekday names: never mentions, and they mark citation dates.
    static let monthsWords: [String] = ([
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec",
    ])
    static let weekdaysWords: [String] = (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])

    static let months = set(monthsWords)
    static let roleHeads = set(roleHeadsWords)
    static let personCues = set(personCuesWords)

    /// Top-level and second-level domains that make `name.tld` a web source.
    static let tlds = set([
        "ru", "az", "ge", "kz", "am", "com", "org", "net", "uz", "kg", "tj", "tm", "ua", "by", "md",
        "ee", "lv", "lt", "gov", "info", "io", "media", "news", "tv", "eu", "uk", "de", "fr", "tr",
        "ir", "cn", "us", "pl", "ro", "online", "su", "me", "mil", "edu", "int", "co", "fm", "asia",
        "press", "site", "today", "world", "ai", "il", "in", "jp", "kr", "af", "pk", "mn", "bg", "rs",
        "gr", "cz", "sk", "hu", "fi", "se", "no", "dk", "nl", "be", "ch", "at", "it", "es", "pt",
        "ca", "au",
    ])

    /// Endings of company names built from morphemes (gas, oil, industry, energy, atom, bank,
    /// telecoms, potash, construction): evidence for ORG on an unknown single word.
    /// Place-name endings of the region ("Novoivanivka", "Pokrovske", "Sloviansk", "Mariupol",
    /// "Jalalabad", "Volgograd"): evidence for PLACE on an unknown word.
    static let placeSuffixes: [[UInt8]] = [
        "ivka", "yivka", "ovka", "evka", "ivske", "ske", "sk", "ivtsi", "opol", "pol", "grad", "hrad", "abad", "ovo", "evo",
    ].map { Array($0.utf8) }

    static let companySuffixes: [[UInt8]] = [
        "gaz", "gas", "oil", "neft", "prom", "energo", "atom", "bank", "telecom", "kali", "com", "stroy", "trans",
    ].map { Array($0.utf8) }

    /// Surname endings common in the region (evidence for PERSON on an unknown word).
    static let surnameSuffixes: [[UInt8]] = [
        "ov", "ova", "ev", "eva", "yev", "yeva", "iev", "yan", "ian", "shvili", "dze", "enko", "sky",
        "ski", "skiy", "vich", "yuk", "chuk", "ović", "ovic", "escu", "oglu", "oğlu", "zade", "zadeh",
        "bayev", "bekov", "aev", "ayev", "iene", "aite", "ienė", "aitė",
    ].map { Array($0.utf8) }
}
