import Foundation

/// Builds one rule set from files and folders layered in order.
///
/// A file's `include`s come first (folders contribute their `*.yaml` files in name order), then
/// its own lists and rules, then its `disable`s. A rule whose id is already present is an error
/// unless it says `override: true`, so two files never replace each other's rules by accident;
/// disabling an id that does not exist is an error too, because it is usually a typo that would
/// leave a rule running.
///
/// ```swift
/// var composer = RuleSetComposer()
/// composer.add(base: DefaultRules.spec)      // DefaultRules is in the Redact module
/// try composer.add(path: "newsroom.yaml")
/// let rules = try composer.build(name: "newsroom")
/// ```
public struct RuleSetComposer {
    private var rules: [RuleSpec] = []
    private var lists: [String: [String]] = [:]
    private var files: [String] = []
    private var loading: [String] = []
    private let readFile: (String) throws -> String

    /// A composer reading files from disk, or through `readFile` (for tests).
    ///
    /// `readFile` replaces only the reading of a file's text: whether a path is a folder, and
    /// whether an included file exists, is still looked up on disk.
    public init(readFile: ((String) throws -> String)? = nil) {
        self.readFile = readFile ?? { path in try String(contentsOfFile: path, encoding: .utf8) }
    }

    /// Starts from an existing set (the built-in default rules).
    public mutating func add(base: RuleSetSpec) {
        rules += base.rules
        lists.merge(base.lists) { _, new in new }
        files += base.files
    }

    /// Layers a rule file or a folder of rule files over what is there.
    ///
    /// A folder brings its `.yaml` and `.yml` files in name order; a file's includes come
    /// before its own rules. A file reached twice by the same path is read once.
    /// - Throws: ``RuleFileError`` for a file that cannot be read or parsed, an include cycle,
    ///   a duplicate rule id without `override: true`, or an unknown id to override or disable.
    public mutating func add(path: String) throws(RuleFileError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                throw RuleFileError(.unreadable, file: path, line: nil, "cannot list the folder: \(error.localizedDescription)")
            }
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                try add(path: (path as NSString).appendingPathComponent(name))
            }
            return
        }
        let standardized = (path as NSString).standardizingPath
        if loading.contains(standardized) {
            throw RuleFileError(.includeCycle, file: path, line: nil, "includes itself through: \((loading + [standardized]).joined(separator: " → "))")
        }
        if files.contains(path) { return }  // included twice through different files: once is enough
        let text: String
        do { text = try readFile(path) } catch {
            throw RuleFileError(.unreadable, file: path, line: nil, "cannot read the file: \(error.localizedDescription)")
        }
        let file = try RuleFileReader.parse(text, path: path)
        loading.append(standardized)
        defer { loading.removeLast() }
        let folder = (path as NSString).deletingLastPathComponent
        for include in file.includeEntries {
            var target = include.path.hasPrefix("/") ? include.path : (folder as NSString).appendingPathComponent(include.path)
            if !FileManager.default.fileExists(atPath: target), FileManager.default.fileExists(atPath: target + ".yaml") {
                target += ".yaml"
            }
            guard FileManager.default.fileExists(atPath: target) else {
                throw RuleFileError(.unreadable, file: path, line: include.line, "included file or folder '\(include.path)' does not exist")
            }
            try add(path: target)
        }
        try apply(file)
        files.append(path)
    }

    /// Layers an already parsed file (no includes are followed).
    public mutating func apply(_ file: RuleFile) throws(RuleFileError) {
        for (name, words) in file.lists.sorted(by: { $0.key < $1.key }) {
            lists[name] = words.map { $0.lowercased() }
        }
        for entry in file.ruleEntries {
            let rule = entry.rule
            if let index = rules.firstIndex(where: { $0.id == rule.id }) {
                guard entry.overrides else {
                    throw RuleFileError(.duplicateRule, file: file.path, line: rule.location.line, ruleID: rule.id,
                                        "a rule with this id already exists at \(rules[index].location); add 'override: true' to replace it")
                }
                rules[index] = rule
            } else {
                if entry.overrides {
                    throw RuleFileError(.unknownRule, file: file.path, line: rule.location.line, ruleID: rule.id,
                                        "'override: true' but no earlier rule has this id")
                }
                rules.append(rule)
            }
        }
        for disable in file.disableEntries {
            guard let index = rules.firstIndex(where: { $0.id == disable.id }) else {
                throw RuleFileError(.unknownRule, file: file.path, line: disable.line, ruleID: disable.id,
                                    "cannot disable: no rule has this id")
            }
            rules.remove(at: index)
        }
    }

    /// The composed set, named `name`; checks that every `{{list}}` a rule names exists.
    /// - Throws: ``RuleFileError`` with code `unknownList` for a list no file defines.
    public func build(name: String) throws(RuleFileError) -> RuleSetSpec {
        let spec = RuleSetSpec(name: name, rules: rules, lists: lists, files: files)
        for rule in rules {
            for text in [rule.pattern ?? "", rule.dropIf ?? ""] + rule.words + rule.near + rule.dropIfAfter {
                for reference in ListReference.names(in: text) where spec.listsMatching(reference).isEmpty {
                    throw RuleFileError(.unknownList, file: rule.location.file, line: rule.location.line, ruleID: rule.id,
                                        "refers to list '{{\(reference)}}', which no file defines")
                }
            }
        }
        return spec
    }
}

/// `{{name}}` references to word lists inside patterns and word entries.
public enum ListReference {
    /// The names referred to in `text`, in order.
    public static func names(in text: String) -> [String] {
        var out: [String] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            out.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out
    }
}

extension RuleSetSpec {
    /// The lists a reference names: the list of that exact name, or else every list whose name
    /// starts with it and a dot (`{{months}}` takes `months.en`, `months.ru.genitive`, …).
    public func listsMatching(_ reference: String) -> [[String]] {
        if let exact = lists[reference] { return [exact] }
        return lists.keys.sorted().filter { $0.hasPrefix(reference + ".") }.map { lists[$0]! }
    }

    /// `pattern` with each `{{list}}` replaced by an alternation of its words, longest first
    /// (so `марта` is tried before `мар`), each escaped to match literally.
    public func expandPattern(_ pattern: String) -> String {
        var out = ""
        var rest = pattern[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            out += rest[..<open.lowerBound]
            let words = Set(listsMatching(String(rest[open.upperBound..<close.lowerBound])).joined())
            let sorted = words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            out += "(?:" + sorted.map(Self.escapeForRegex).joined(separator: "|") + ")"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// `words` with each `{{list}}` entry replaced by that list's words.
    public func expandWords(_ words: [String]) -> [String] {
        words.flatMap { word -> [String] in
            let refs = ListReference.names(in: word)
            if refs.count == 1, word == "{{\(refs[0])}}" { return listsMatching(refs[0]).flatMap { $0 } }
            return [word]
        }
    }

    static func escapeForRegex(_ word: String) -> String {
        var out = ""
        for scalar in word.unicodeScalars {
            if "\\^$.|?*+()[]{}/#- ".unicodeScalars.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
