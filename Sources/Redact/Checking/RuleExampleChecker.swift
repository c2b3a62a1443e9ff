/// Runs the examples embedded in every rule and reports each one that fails.
///
/// A `match` example passes when the rule, on its own, finds exactly the marked spans, and the
/// whole rule set leaves no character of them visible (another rule may win the region, but
/// only by covering it). A `reject` example passes when the rule finds nothing in it.
/// This is what `redact rules check` runs; see <doc:WritingRules>.
public struct RuleExampleChecker {
    /// One failed example.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        /// The id of the rule whose example failed.
        public var ruleID: String
        /// Where the example is written, as `file:line`.
        public var location: String
        /// What was expected and what was found, spans shown as `[[…]]`.
        public var message: String

        /// `file:line: rule 'id': message`.
        public var description: String { "\(location): rule '\(ruleID)': \(message)" }
    }

    /// What a check found.
    public struct Report: Sendable {
        /// How many rules had their examples run.
        public var rulesChecked = 0
        /// How many `match` and `reject` examples were run.
        public var examplesChecked = 0
        /// The examples that failed, in rule order; empty when all passed.
        public var failures: [Failure] = []
    }

    private let engine: RedactionEngine

    /// A checker for the rules `engine` was compiled with.
    public init(engine: RedactionEngine) { self.engine = engine }

    /// Checks every example of every rule, or of the rules defined in `file` only.
    ///
    /// - Parameter file: the path exactly as the rule's file was named when loaded (its
    ///   `RuleLocation.file`); nil for all rules.
    public func check(file: String? = nil) -> Report {
        var report = Report()
        let session = engine.makeSession()
        // The rules name detection reports under are not written in any file and have no examples.
        for rule in engine.compiled.rules where (file == nil || rule.spec.location.file == file) && rule.spec.location.file != "<names>" {
            report.rulesChecked += 1
            for example in rule.spec.matchExamples {
                report.examplesChecked += 1
                let marked = MarkedText(example.text)
                let (own, all) = spans(of: rule.index, in: marked.text, session: session)
                if own != marked.spans {
                    report.failures.append(Failure(
                        ruleID: rule.id, location: example.location.description,
                        message: "expected \(Self.show(marked.spans, in: marked.text)) but the rule found \(Self.show(own, in: marked.text))"))
                    continue
                }
                for expected in marked.spans {
                    let visible = expected.filter { offset in !all.contains { $0.contains(offset) } }
                    if !visible.isEmpty {
                        report.failures.append(Failure(
                            ruleID: rule.id, location: example.location.description,
                            message: "another rule wins part of \(Self.show([expected], in: marked.text)) and leaves \(visible.count) bytes of it visible"))
                    }
                }
            }
            for example in rule.spec.rejectExamples {
                report.examplesChecked += 1
                let (own, _) = spans(of: rule.index, in: example.text, session: session)
                if !own.isEmpty {
                    report.failures.append(Failure(
                        ruleID: rule.id, location: example.location.description,
                        message: "must find nothing but found \(Self.show(own, in: example.text))"))
                }
            }
            if let failure = Self.backtrackingFailure(rule) { report.failures.append(failure) }
        }
        return report
    }

    /// Tries `rule`'s pattern on strings built to make nested quantifiers (`(a+)+$`,
    /// `(a|aa)+b`, `(\d+-?)+x`) backtrack without end: a long run of one character the
    /// pattern can split many ways, then one that makes the match fail. A search that hits the
    /// engine's step limit fails the check, so such a rule is refused before it meets text
    /// (where the limit would replace whole regions by `[LABEL]`, see ``RedactionSession/exhaustedRules``).
    static func backtrackingFailure(_ rule: CompiledRule) -> Failure? {
        guard let regex = rule.regex else { return nil }
        let matcher = regex.makeMatcher()
        for probe in adversarialStrings(for: rule.spec) {
            let units = Array(probe.utf16)
            let complete = units.withUnsafeBufferPointer { buffer in
                matcher.setText(buffer)
                return matcher.forEachMatch(in: 0..<buffer.count, group: 0) { _, _ in }
            }
            if !complete {
                let shown = probe.count > 12 ? "\(probe.prefix(8))… (\(probe.unicodeScalars.count) characters)" : probe
                return Failure(ruleID: rule.id, location: rule.spec.location.description,
                               message: "the pattern backtracks without end on \"\(shown)\" (a nested quantifier such as (a+)+ or (a|aa)+): rewrite it so each character can be matched only one way")
            }
        }
        return nil
    }

    /// Runs of 40 of each character the pattern or its examples use (and of a few common
    /// classes), each alone and followed by a character that fails most patterns; and each
    /// match example's marked text repeated.
    static func adversarialStrings(for spec: RuleSpec) -> [String] {
        var characters = Set("aA1 .-_@xа".unicodeScalars)
        for scalar in (spec.pattern ?? "").unicodeScalars where ScalarTraits.isAlphabetic(scalar) || scalar.properties.numericType != nil {
            characters.insert(scalar)
        }
        for example in spec.matchExamples + spec.rejectExamples {
            for scalar in example.text.unicodeScalars where scalar.value >= 0x20 && scalar != "[" && scalar != "]" {
                characters.insert(scalar)
            }
        }
        var probes: [String] = []
        for c in characters.sorted(by: { $0.value < $1.value }) {
            let run = String(repeating: String(c), count: 40)
            probes.append(run)
            probes.append(run + (c == "!" ? "\u{1}" : "!"))
        }
        for example in spec.matchExamples {
            let marked = MarkedText(example.text)
            let text = Array(marked.text.utf8)
            for span in marked.spans {
                let bytes = text[span]
                let part = String(decoding: bytes, as: UTF8.self)
                if part.count >= 2 { probes.append(String(repeating: part, count: 8) + "!") }
            }
        }
        return probes
    }

    /// The spans rule `index` finds alone, and the spans the whole set leaves redacted.
    private func spans(of index: Int, in text: String, session: RedactionSession) -> ([Range<Int>], [Range<Int>]) {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let input = UnsafeBufferPointer(buffer)
            let candidates = (try? session.scanCandidates(input)) ?? []
            let own = Resolver.resolve(candidates.filter { $0.rule == index }, in: input).map { $0.start..<$0.end }
            let all = Resolver.resolve(candidates, in: input).map { $0.start..<$0.end }
            return (own, all)
        }
    }

    static func show(_ ranges: [Range<Int>], in text: String) -> String {
        if ranges.isEmpty { return "nothing" }
        let bytes = Array(text.utf8)
        return ranges.map { "[[" + String(decoding: bytes[$0], as: UTF8.self) + "]]" }.joined(separator: ", ")
    }
}

extension RedactionSession {
    /// Every rule's candidates in `bytes`, unresolved.
    func scanCandidates(_ bytes: UnsafeBufferPointer<UInt8>) throws(InvalidUTF8) -> [Candidate] {
        try scannerForChecks.scan(bytes)
    }
}
