import PropertyBased
import Testing
@testable import Redact

/// Fail closed as a property: random texts, splits, job counts, invisible characters, line
/// breaks and record layouts, each checked against what must hold for every one of them.
/// A failure prints the seed that reproduces it (`.fixedSeed(…)`).
@Suite struct FailClosedPropertyTests {
    static let key = try! RedactionKey(bytes: (0..<32).map { UInt8(truncatingIfNeeded: $0 * 73 + 5) })
    static let engine = try! RedactionEngine(configuration: RedactionConfiguration(key: key))
    static let redacting = try! RedactionEngine(configuration: RedactionConfiguration(
        operators: OperatorTable(defaultOperator: .redact), key: key))

    /// Pieces of text a transcript is made of: prose, names, identifiers, line ends.
    static let pieces = [
        "The meeting ", "was short. ", "Elçin Hüseynov ", "said ", "Гусейнов ", "Gəncədə ", "yaşayır. ",
        "+994 50 123 45 67", " or ", "elcin@example.az", ", card 4111 1111 1111 1111", "\n", "\r\n", "\n\n",
        "Patricia Baker ", "Mrs Baker ", "called. ", "12.03.2021 ", "Bakı, ", "AZ21NABZ00000000137010001944 ",
        "\u{200B}", "Q: ", "A: ", "İzmir'de ", "Москве ", "192.168.10.25 ",
    ]
    static let text = Gen.element(of: pieces).map { $0! }.array(of: 0...60).map { $0.joined() }

    static func stream(_ text: String, splits: [Int], jobs: Int, chunk: Int) throws -> [UInt8] {
        let redactor = StreamingRedactor(session: engine.makeSession())
        redactor.chunkBytes = chunk
        redactor.jobs = jobs
        let bytes = Array(text.utf8)
        var cuts = splits.map { $0 % (bytes.count + 1) }.sorted()
        cuts.append(bytes.count)
        var out: [UInt8] = []
        var start = 0
        for cut in cuts where cut >= start {
            try redactor.feed(bytes[start..<cut], into: &out)
            start = cut
        }
        try redactor.finish(into: &out)
        return out
    }

    @Test func outputDoesNotDependOnHowInputArrivesNorOnJobs() async throws {
        await propertyCheck(count: 60, input: Self.text, Gen.int(in: 0...10_000).array(of: 0...4), Gen.int(in: 16...200)) { text, splits, chunk in
            let whole = try Self.stream(text, splits: [], jobs: 1, chunk: chunk)
            let pieces = try Self.stream(text, splits: splits, jobs: 1, chunk: chunk)
            let parallel = try Self.stream(text, splits: splits, jobs: 2, chunk: chunk)
            #expect(pieces == whole, "splits \(splits), chunk \(chunk)")
            #expect(parallel == whole, "jobs 2, splits \(splits), chunk \(chunk)")
        }
    }

    @Test func noIdentifierThatDetectFindsIsLeftInTheOutput() async throws {
        let identifierLabels: Set<String> = ["PHONE", "EMAIL", "CARD", "IBAN", "IP_ADDRESS"]
        await propertyCheck(count: 60, input: Self.text, Gen.int(in: 0...10_000).array(of: 0...3)) { text, splits in
            let found = Self.engine.detect(text).filter { identifierLabels.contains($0.label) && $0.text.count >= 8 }
            // One block (a text read as a whole), fed in pieces: identifiers are learned in
            // the block that holds them, so where they recur within it does not matter.
            let output = String(decoding: try Self.stream(text, splits: splits, jobs: 1, chunk: 1 << 16), as: UTF8.self)
            for span in found { #expect(!output.contains(span.text), "\(span.label) \(span.text.debugDescription) left in the output") }
        }
    }

    @Test func pastTheKnownNameCapNamesFoundByARuleAreStillReplaced() {
        let session = Self.redacting.makeSession()
        session.knownNameCap = 2
        // The first name fills the cap; later people are still found and replaced, though no
        // new name is learned for linking.
        let output = session.redact("Cənab Elçin Hüseynov gəldi. Cənab Rəşad Quliyev getdi. Anar Məmmədov dedi.").output
        #expect(output == "Cənab [PERSON] gəldi. Cənab [PERSON] getdi. [PERSON] dedi.", "\(output)")
    }

    static let identifiers: [(text: String, label: String)] = [
        ("+994 50 123 45 67", "PHONE"), ("+7 912 345-67-89", "PHONE"), ("elcin.huseynov@example.az", "EMAIL"),
        ("4111 1111 1111 1111", "CARD"), ("AZ21NABZ00000000137010001944", "IBAN"), ("192.168.10.25", "IP_ADDRESS"),
    ]
    static let invisible: [String] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{0000}", "\u{0301}",
                                      "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{FEFF}"]

    @Test func invisibleCharactersAnywhereInsideAnIdentifierLeaveNothing() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...(Self.identifiers.count - 1)), Gen.int(in: 1...40),
                            Gen.element(of: Self.invisible).map { $0! }.array(of: 1...3)) { which, position, marks in
            let (identifier, label) = Self.identifiers[which]
            var scalars = Array(identifier.unicodeScalars)
            let at = 1 + position % (scalars.count - 1)
            scalars.insert(contentsOf: marks.joined().unicodeScalars, at: at)
            let text = "Reach me: " + String(String.UnicodeScalarView(scalars)) + " today."
            #expect(Self.redacting.redact(text).output == "Reach me: [\(label)] today.", "\(marks) at \(at) of \(identifier)")
        }
    }

    /// The places in an identifier where a wrapped line may break it: after `@`, between two
    /// digit groups (at the space or instead of it), after a hyphen between digits.
    static func breakPoints(_ identifier: String) -> [Int] {
        let s = Array(identifier.unicodeScalars)
        var points: [Int] = []
        for i in 1..<s.count {
            let before = s[i - 1], after = s[i]
            if before == "@" || (before == "-" && after.properties.numericType != nil)
                || (before == " " && i >= 2 && s[i - 2].properties.numericType != nil) || after == " " {
                points.append(i)
            }
        }
        return points
    }

    @Test func aLineBreakInsideAnIdentifiersShapeLeavesNothing() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...(Self.identifiers.count - 1)), Gen.int(in: 0...100),
                            Gen.element(of: ["\n", "\r\n", "\u{2028}", " \n", "\n "]).map { $0! }) { which, pick, lineBreak in
            let (identifier, label) = Self.identifiers[which]
            let points = Self.breakPoints(identifier)
            guard !points.isEmpty else { return }
            var scalars = Array(identifier.unicodeScalars)
            let at = points[pick % points.count]
            // A break at a space replaces it, as a wrapped line does; one next to a space adds
            // no second one (the one-line form has single spaces).
            var lineBreak = lineBreak
            if scalars[at] == " " { scalars.remove(at: at); lineBreak = lineBreak.filter { $0 != " " } }
            if scalars[at - 1] == " " || (at < scalars.count && scalars[at] == " ") { lineBreak = lineBreak.filter { $0 != " " } }
            scalars.insert(contentsOf: lineBreak.unicodeScalars, at: at)
            let wrapped = String(String.UnicodeScalarView(scalars))
            let output = Self.redacting.redact("Reach me: " + wrapped + " today.").output
            #expect(output == "Reach me: [\(label)] today.", "\(wrapped.debugDescription)")
        }
    }

    static let keys = ["text", "body", "meta", "author", "messages", "note", "payload"]

    @Test func anIdentifierInAnySelectedFieldOfAnyLayoutIsReplaced() async throws {
        await propertyCheck(count: 120, input: Gen.element(of: Self.keys).map { $0! }.array(of: 1...3),
                            Gen.int(in: 0...7), Gen.int(in: 0...(Self.identifiers.count - 1))) { path, shape, which in
            let (identifier, _) = Self.identifiers[which]
            // The value, nested along `path`; arrays on the way when `shape` says so, and
            // siblings of other kinds around it.
            var json = "\"note: \(identifier) \\u00e7ay\""
            for (depth, key) in path.enumerated().reversed() {
                let inArray = shape & (1 << (depth % 3)) != 0
                let value = inArray ? "[{\"x\": 1}, \(json)]" : json
                json = "{\"n\": \(depth), \"\(key)\": \(value), \"z\": [true, null, \"plain words\"]}"
            }
            // An array element on the path is entered by the same key path.
            let field = FieldPath(path.joined(separator: "."))!
            let redactor = RecordRedactor(session: Self.redacting.makeSession(), format: .jsonLines(fields: [field]))
            var out: [UInt8] = []
            try redactor.feed(Array((json + "\n").utf8), into: &out)
            try redactor.finish(into: &out)
            let text = String(decoding: out, as: UTF8.self)
            #expect(!text.contains(identifier), "\(json)")
            #expect(text.contains("plain words") && text.contains("\\u00e7ay"), "\(text)")
        }
    }
}
