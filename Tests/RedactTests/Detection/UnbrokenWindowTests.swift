import RedactRules
import Testing
@testable import Redact

/// Rules marked `unbroken` (URLs, e-mail addresses, handles, IP and MAC addresses) run in
/// windows cut at the spaces around their triggers: they must find exactly what the same rules
/// find in windows of `max_length` either side.
@Suite struct UnbrokenWindowTests {
    /// The default set with every rule's `unbroken` cleared: the windows of before.
    static func withoutUnbroken() throws -> RedactionEngine {
        var spec = DefaultRules.spec
        for i in spec.rules.indices { spec.rules[i].unbroken = false }
        return try RedactionEngine(configuration: RedactionConfiguration(rules: spec))
    }

    static func spans(_ engine: RedactionEngine, _ text: String) -> [String] {
        engine.detect(text).map { "\($0.label) \($0.ruleID) \($0.utf8Range) \($0.text)" }
    }

    @Test func theDefaultRulesForAddressesOnTheWebAreUnbroken() throws {
        let unbroken = Set(DefaultRules.spec.rules.filter(\.unbroken).map(\.id))
        for id in ["email", "url.scheme", "url.www", "url.path", "handle.at", "handle.profile", "ip.v4", "ip.v6"] {
            #expect(unbroken.contains(id), "\(id)")
        }
        // What holds a space is not: a phone, an IBAN, a date.
        for id in ["iban", "phone.international", "date.written"] { #expect(!unbroken.contains(id), "\(id)") }
    }

    /// The same spans on every example text of the default rules and on text dense with
    /// addresses beside punctuation, tabs, no-break spaces, line ends and long unbroken runs.
    @Test func cutWindowsFindWhatWholeWindowsFind() throws {
        let cut = try RedactionEngine()
        let whole = try Self.withoutUnbroken()
        var texts = DefaultRules.spec.rules.flatMap { ($0.matchExamples + $0.rejectExamples).map(\.text) }
            .map { $0.replacingOccurrences(of: "[[", with: "").replacingOccurrences(of: "]]", with: "") }
        let long = String(repeating: "a/b.c=d&e", count: 120)
        texts += [
            "See https://news.example.az/2023/03/05/interview?id=14&name=Elchin%20Huseynov.\tThen www.example.org/a/(b)/c, end.",
            "Mail:anna.smith@example.com,ivan_petrov+x@mail.example.ru;\r\n@source_2023 and t.me/huquq_komek\u{00A0}/x",
            "IP 192.168.10.1/24, fe80::1%eth0 and 2001:db8::ff00:42:8329/64; MAC 00:1A:2B:3C:4D:5E, 00b4.7c2e.91af.",
            "End of a sentence. Another one/two. A third=one & four. " + long + " tail example.org/x " + long,
            "Ссылка:https://пример.рф/статья;почта info@örnek.com.tr'ye, www.huquq-komek.example.az/elaqe.",
            String(repeating: "word. ", count: 200) + "x.com/abc " + String(repeating: "w/x ", count: 150) + "a@b.example.org",
        ]
        var compared = 0
        for text in texts {
            let a = Self.spans(cut, text)
            let b = Self.spans(whole, text)
            #expect(a == b, "\(text.prefix(120))")
            compared += a.count
        }
        #expect(compared > 200)
    }

    /// A rule that says `unbroken` but matches across a space loses that match: the flag is a
    /// promise about the pattern, which the rule's own examples check.
    @Test func aSpaceInsideAMatchIsNotFoundInACutWindow() throws {
        var spec = DefaultRules.spec
        spec.rules.append(RuleSpec(id: "user.pair", label: "CODE", languages: ["*"], kind: .pattern, pattern: #"QX/\d+ \d+"#,
                                   trigger: "/", unbroken: true, location: RuleLocation(file: "mine.yaml", line: 1)))
        let engine = try RedactionEngine(configuration: RedactionConfiguration(rules: spec))
        #expect(!engine.detect("code QX/12 34 here").contains { $0.label == "CODE" })
        spec.rules[spec.rules.count - 1].unbroken = false
        let honest = try RedactionEngine(configuration: RedactionConfiguration(rules: spec))
        #expect(honest.detect("code QX/12 34 here").contains { $0.label == "CODE" && $0.text == "QX/12 34" })
    }
}
