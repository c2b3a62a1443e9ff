import Testing
@testable import Redact

/// An identifier found once is replaced wherever it recurs in the run, also where no rule
/// would take it; and no part of a span a rule found is left visible when a stronger span wins
/// the rest of it.
@Suite struct ValueLinkingTests {
    static let engine = try! RedactionEngine(configuration: RedactionConfiguration(
        operators: OperatorTable(defaultOperator: .redact), key: try! RedactionKey(bytes: (0..<32).map { UInt8($0 * 7 + 1) })))

    @Test func aValueGluedToAWordIsReplacedOnceFoundElsewhere() {
        // Text extraction lost the spaces: the IP and the phone are glued to words there, where
        // no rule takes them.
        let text = "Server 192.168.10.25 answered; logs say host192.168.10.25ok. Call +994 50 123 45 67, id+994 50 123 45 67.\n"
        #expect(Self.engine.redact("logs say host192.168.10.25ok.").output.contains("192.168"), "the rules alone do not take it")
        #expect(Self.engine.redact(text).output == "Server [IP_ADDRESS] answered; logs say host[IP_ADDRESS]ok. Call [PHONE], id[PHONE].\n")
    }

    @Test func laterTextsOfTheRunAreSearchedToo() {
        let session = Self.engine.makeSession()
        _ = session.redact("Server 192.168.10.25 answered.")
        #expect(session.redact("host192.168.10.25ok").output == "host[IP_ADDRESS]ok")
        // A new document forgets them.
        session.startDocument()
        #expect(session.redact("host192.168.10.25ok").output == "host192.168.10.25ok")
    }

    @Test func noPartOfAnOverlappedIdentifierShows() {
        // The e-mail takes the phone's last digits; the rest of the phone stays covered.
        let output = Self.engine.redact("+994 50 123 45 67elcin@example.az\n").output
        #expect(!output.contains("123") && !output.contains("elcin"), "\(output)")
    }

    @Test func aPlacesCaseSuffixStopsWhereAGluedValueStarts() {
        // A place's suffix after an apostrophe (`İzmir'de`) is refitted to the stand-in; here
        // the letters after the apostrophe start an e-mail learned earlier, which is a span of
        // its own. The suffix used to run into it (a crash, found by fuzzing).
        let engine = try! RedactionEngine(configuration: RedactionConfiguration(
            key: try! RedactionKey(bytes: (0..<32).map { UInt8($0 * 7 + 1) })))
        let text = "Write to anna.smith@example.com today.\nWe met in İzmir'anna.smith@example.com now.\n"
        let output = engine.redact(text).output
        #expect(!output.contains("anna") && !output.contains("İzmir"), "\(output)")
        #expect(output.hasSuffix(" now.\n"), "\(output)")
    }
}
