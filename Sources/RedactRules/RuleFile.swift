import Yams

/// One rule file as written: its own rules and lists, and how it composes with others.
public struct RuleFile: Sendable, Hashable {
    /// The file as named when loaded.
    public var path: String
    /// The file's `name`, if it has one.
    public var name: String?
    /// The file's `description`, if it has one.
    public var description: String?
    /// Other files or folders this one builds on, relative to this file's folder, each with the
    /// line it is named on.
    public var includes: [(String, Int)] { includeEntries.map { ($0.path, $0.line) } }
    var includeEntries: [Include]
    /// Rule ids to remove from what the includes and earlier files brought in, with their lines.
    public var disable: [(id: String, line: Int)] { disableEntries.map { ($0.id, $0.line) } }
    var disableEntries: [Disable]
    /// The file's own word lists by name, as written (the composer lower-cases them).
    public var lists: [String: [String]]
    var listLines: [String: Int]
    /// Rules, each with whether it replaces an earlier rule of the same id.
    public var rules: [(rule: RuleSpec, overrides: Bool)] { ruleEntries.map { ($0.rule, $0.overrides) } }
    var ruleEntries: [Entry]

    struct Include: Sendable, Hashable { var path: String; var line: Int }
    struct Disable: Sendable, Hashable { var id: String; var line: Int }
    struct Entry: Sendable, Hashable { var rule: RuleSpec; var overrides: Bool }
}

/// Reads rule files with Yams, keeping line numbers for every error.
///
/// Yams' `Codable` decoding loses positions, so the reader walks Yams' parsed nodes, whose
/// marks carry the line of each key and value.
public enum RuleFileReader {
    static let topKeys: Set<String> = ["format", "name", "description", "include", "disable", "lists", "rules"]

    /// The cases a Russian preposition inside an organization's name may govern
    /// (`org.head-prepositions`: `по>dative`).
    static let russianCases: Set<String> = ["nominative", "genitive", "dative", "accusative", "instrumental", "locative"]

    /// What is wrong with `entry` of list `name`, for lists whose entries have a form: the
    /// prepositions of `org.head-prepositions` name a case they govern, when they name one.
    static func problem(inEntry entry: String, ofList name: String) -> String? {
        guard name == "org.head-prepositions" || name.hasPrefix("org.head-prepositions.") else { return nil }
        let parts = entry.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        if parts[0].isEmpty { return "'\(entry)' names a case but no preposition" }
        guard russianCases.contains(String(parts[1])) else {
            return "'\(entry)': unknown case '\(parts[1])'; expected one of: \(russianCases.sorted().joined(separator: ", "))"
        }
        return nil
    }
    static let ruleKeys: Set<String> = [
        "id", "label", "languages", "kind", "pattern", "drop_if", "drop_if_after", "case_insensitive", "group", "trigger",
        "max_length", "min_triggers", "near", "unbroken", "words", "list", "window", "cue_in_span", "validator", "priority", "pseudonym", "examples",
        "override", "description",
    ]

    /// Parses the text of one rule file named `path`; includes are not followed.
    ///
    /// - Throws: ``RuleFileError`` with the line of the first problem: YAML syntax, an unknown
    ///   key, a missing or unsupported `format`, a rule without `id`, `label`, `kind` or a
    ///   `match` example.
    public static func parse(_ yaml: String, path: String) throws(RuleFileError) -> RuleFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw syntaxError(error, path: path)
        } catch {
            throw RuleFileError(.syntax, file: path, line: nil, "not valid YAML: \(error)")
        }
        guard let root else {
            throw RuleFileError(.schema, file: path, line: 1, "the file is empty; expected a mapping with 'format: \(ruleFormatVersion)'")
        }
        var reader = NodeReader(path: path)
        return try reader.file(root)
    }

    static func syntaxError(_ error: YamlError, path: String) -> RuleFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return RuleFileError(.syntax, file: path, line: mark.line, "YAML syntax error: \(problem)")
        case .composer(_, let problem, let mark, _):
            return RuleFileError(.syntax, file: path, line: mark.line, "YAML syntax error: \(problem)")
        default:
            return RuleFileError(.syntax, file: path, line: nil, "YAML syntax error: \(error)")
        }
    }
}

/// Walks a parsed YAML tree into a `RuleFile`, with the position of every node at hand.
struct NodeReader {
    let path: String

    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    func fail(_ node: Node, rule: String? = nil, _ message: String, code: RuleFileError.Code = .schema) -> RuleFileError {
        RuleFileError(code, file: path, line: line(node), ruleID: rule, message)
    }

    func mapping(_ node: Node, rule: String? = nil, what: String) throws(RuleFileError) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            throw fail(node, rule: rule, "expected \(what) as a mapping of keys to values")
        }
        var seen: Set<String> = []
        var out: [(String, Node, Node)] = []
        for (k, v) in mapping {
            guard let key = k.scalar?.string else { throw fail(k, rule: rule, "expected a plain key in \(what)") }
            if !seen.insert(key).inserted { throw fail(k, rule: rule, "key '\(key)' appears twice in \(what)") }
            out.append((key, k, v))
        }
        return out
    }

    func string(_ node: Node, rule: String? = nil, key: String) throws(RuleFileError) -> String {
        guard let s = node.scalar?.string else { throw fail(node, rule: rule, "'\(key)' must be a string") }
        return s
    }

    func int(_ node: Node, rule: String? = nil, key: String, range: ClosedRange<Int>) throws(RuleFileError) -> Int {
        guard let s = node.scalar?.string, let v = Int(s), range.contains(v) else {
            throw fail(node, rule: rule, "'\(key)' must be a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return v
    }

    func bool(_ node: Node, rule: String? = nil, key: String) throws(RuleFileError) -> Bool {
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default: throw fail(node, rule: rule, "'\(key)' must be true or false")
        }
    }

    func strings(_ node: Node, rule: String? = nil, key: String) throws(RuleFileError) -> [(String, Int)] {
        if let s = node.scalar?.string { return [(s, line(node))] }
        guard case .sequence(let seq) = node else { throw fail(node, rule: rule, "'\(key)' must be a list of strings") }
        var out: [(String, Int)] = []
        for item in seq {
            guard let s = item.scalar?.string else { throw fail(item, rule: rule, "'\(key)' must be a list of strings") }
            out.append((s, line(item)))
        }
        return out
    }

    mutating func file(_ root: Node) throws(RuleFileError) -> RuleFile {
        var file = RuleFile(path: path, name: nil, description: nil, includeEntries: [], disableEntries: [],
                            lists: [:], listLines: [:], ruleEntries: [])
        let entries = try mapping(root, what: "the rule file")
        guard let format = entries.first(where: { $0.key == "format" }) else {
            throw fail(root, "missing 'format: \(ruleFormatVersion)' at the top of the file")
        }
        let version = try string(format.value, key: "format")
        guard version == ruleFormatVersion else {
            throw fail(format.value, "unsupported format '\(version)'; this build reads '\(ruleFormatVersion)'", code: .unsupportedFormat)
        }
        for (key, keyNode, value) in entries {
            switch key {
            case "format": break
            case "name": file.name = try string(value, key: key)
            case "description": file.description = try string(value, key: key)
            case "include":
                file.includeEntries = try strings(value, key: key).map { RuleFile.Include(path: $0.0, line: $0.1) }
            case "disable":
                file.disableEntries = try strings(value, key: key).map { RuleFile.Disable(id: $0.0, line: $0.1) }
            case "lists":
                for (name, nameNode, listNode) in try mapping(value, what: "'lists'") {
                    let items = try strings(listNode, key: "lists.\(name)")
                    var words: [String] = []
                    for (w, l) in items {
                        if w.contains("\n") || w.isEmpty {
                            throw RuleFileError(.schema, file: path, line: l, "list '\(name)' has an empty or multi-line entry")
                        }
                        if let problem = RuleFileReader.problem(inEntry: w, ofList: name) {
                            throw RuleFileError(.schema, file: path, line: l, "list '\(name)': \(problem)")
                        }
                        words.append(w)
                    }
                    file.lists[name] = words
                    file.listLines[name] = line(nameNode)
                }
            case "rules":
                guard case .sequence(let seq) = value else { throw fail(value, "'rules' must be a list of rules") }
                for ruleNode in seq { file.ruleEntries.append(try rule(ruleNode)) }
            default:
                throw fail(keyNode, "unknown key '\(key)'; expected one of: \(RuleFileReader.topKeys.sorted().joined(separator: ", "))")
            }
        }
        return file
    }

    func rule(_ node: Node) throws(RuleFileError) -> RuleFile.Entry {
        let entries = try mapping(node, what: "a rule")
        guard let idEntry = entries.first(where: { $0.key == "id" }) else { throw fail(node, "a rule without 'id'") }
        let id = try string(idEntry.value, key: "id")
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }) else {
            throw fail(idEntry.value, "rule id '\(id)' must be ASCII letters, digits, '.', '_' or '-'")
        }
        func need(_ key: String) throws(RuleFileError) -> Node {
            guard let e = entries.first(where: { $0.key == key }) else { throw fail(node, rule: id, "missing '\(key)'") }
            return e.value
        }
        let kindNode = try need("kind")
        let kindName = try string(kindNode, rule: id, key: "kind")
        guard let kind = RuleKind(rawValue: kindName) else {
            throw fail(kindNode, rule: id, "unknown kind '\(kindName)'; expected one of: \(RuleKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let labelNode = try need("label")
        let label = try string(labelNode, rule: id, key: "label")
        guard !label.isEmpty, label.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || $0 == "_" || ("0"..."9").contains($0) }) else {
            throw fail(labelNode, rule: id, "label '\(label)' must be upper-case ASCII letters, digits or '_'")
        }
        var spec = RuleSpec(id: id, label: label, languages: ["*"], kind: kind, location: RuleLocation(file: path, line: line(node)))
        var overrides = false
        for (key, keyNode, value) in entries {
            switch key {
            case "id", "kind", "label", "description": break
            case "languages": spec.languages = try strings(value, rule: id, key: key).map(\.0)
            case "pattern": spec.pattern = try string(value, rule: id, key: key)
            case "drop_if":
                let text = try string(value, rule: id, key: key)
                if text.isEmpty { throw fail(value, rule: id, "'drop_if' must be a pattern, not empty") }
                spec.dropIf = text
            case "drop_if_after":
                spec.dropIfAfter = try strings(value, rule: id, key: key).map(\.0)
                if spec.dropIfAfter.isEmpty || spec.dropIfAfter.contains(where: \.isEmpty) {
                    throw fail(value, rule: id, "'drop_if_after' must list at least one string, none of them empty")
                }
            case "case_insensitive": spec.caseInsensitive = try bool(value, rule: id, key: key)
            case "group": spec.group = try int(value, rule: id, key: key, range: 0...99)
            case "trigger": spec.trigger = try trigger(value, rule: id)
            case "max_length": spec.maxLength = try int(value, rule: id, key: key, range: 1...4096)
            case "min_triggers": spec.minTriggers = try int(value, rule: id, key: key, range: 1...256)
            case "near":
                spec.near = try strings(value, rule: id, key: key).map(\.0)
                if spec.near.isEmpty || spec.near.contains(where: \.isEmpty) {
                    throw fail(value, rule: id, "'near' must list at least one string, none of them empty")
                }
            case "unbroken": spec.unbroken = try bool(value, rule: id, key: key)
            case "words": spec.words += try strings(value, rule: id, key: key).map(\.0)
            case "list":
                // Resolved by the composer once every file's lists are known; kept as a marker.
                for (name, _) in try strings(value, rule: id, key: key) { spec.words.append("{{\(name)}}") }
            case "window": spec.window = try int(value, rule: id, key: key, range: 0...512)
            case "cue_in_span": spec.cueInSpan = try bool(value, rule: id, key: key)
            case "validator": spec.validator = try string(value, rule: id, key: key)
            case "priority": spec.priority = try int(value, rule: id, key: key, range: 0...1000)
            case "pseudonym": spec.pseudonym = try string(value, rule: id, key: key)
            case "override": overrides = try bool(value, rule: id, key: key)
            case "examples": try examples(value, rule: id, into: &spec)
            default:
                throw fail(keyNode, rule: id, "unknown key '\(key)'; expected one of: \(RuleFileReader.ruleKeys.sorted().joined(separator: ", "))")
            }
        }
        switch kind {
        case .pattern:
            if spec.pattern == nil { throw fail(node, rule: id, "a pattern rule needs 'pattern'") }
        case .cue:
            if spec.pattern == nil { throw fail(node, rule: id, "a cue rule needs 'pattern' (the target after the cue)") }
            if spec.words.isEmpty { throw fail(node, rule: id, "a cue rule needs 'words' or 'list' (the cues)") }
        case .wordlist:
            if spec.words.isEmpty { throw fail(node, rule: id, "a wordlist rule needs 'words' or 'list'") }
            if spec.pattern != nil { throw fail(node, rule: id, "a wordlist rule takes no 'pattern'") }
        }
        if !spec.near.isEmpty && (kind != .pattern || spec.trigger == nil) {
            throw fail(node, rule: id, "'near' is for pattern rules with a 'trigger' only")
        }
        if spec.dropIf != nil && (kind != .pattern || spec.group != 0) {
            throw fail(node, rule: id, "'drop_if' is for pattern rules whose span is the whole match (group 0) only")
        }
        if !spec.dropIfAfter.isEmpty && spec.dropIf == nil {
            throw fail(node, rule: id, "'drop_if_after' narrows where 'drop_if' is tried: the rule has no 'drop_if'")
        }
        if spec.unbroken && (kind != .pattern || spec.trigger == nil) {
            throw fail(node, rule: id, "'unbroken' is for pattern rules with a 'trigger' only")
        }
        if spec.cueInSpan && kind != .cue {
            throw fail(node, rule: id, "'cue_in_span' is for cue rules only")
        }
        if spec.matchExamples.isEmpty {
            throw fail(node, rule: id, "every rule needs examples: at least one 'match' text with the span marked [[…]]")
        }
        return RuleFile.Entry(rule: spec, overrides: overrides)
    }

    func trigger(_ node: Node, rule: String) throws(RuleFileError) -> String {
        let raw = try string(node, rule: rule, key: "trigger")
        let value = raw == "digits" ? "0123456789" : raw
        guard !value.isEmpty, value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 32 }) else {
            throw fail(node, rule: rule, "'trigger' must be 'digits' or a string of printable ASCII characters")
        }
        return value
    }

    func examples(_ node: Node, rule: String, into spec: inout RuleSpec) throws(RuleFileError) {
        for (key, keyNode, value) in try mapping(node, rule: rule, what: "'examples'") {
            let texts = try strings(value, rule: rule, key: "examples.\(key)")
            let examples = texts.map { RuleExample(text: $0.0, location: RuleLocation(file: path, line: $0.1)) }
            switch key {
            case "match":
                for e in examples where !e.text.contains("[[") {
                    throw RuleFileError(.schema, file: path, line: e.location.line, ruleID: rule,
                                        "a 'match' example must mark the expected span with [[…]]")
                }
                spec.matchExamples = examples
            case "reject": spec.rejectExamples = examples
            default: throw fail(keyNode, rule: rule, "unknown key '\(key)' in examples; expected 'match' or 'reject'")
            }
        }
    }
}
