import ArgumentParser
import Foundation
import Redact

/// `redact rules …`: inspect and check rule sets.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check, list or time rule sets.",
        subcommands: [Check.self, List.self, Cost.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile a rule set and run every rule's examples.",
            discussion: """
                With no PATH, checks the built-in default set. Each PATH (a rule file or a folder) is \
                layered over the default set as --rules would be, unless --no-default-rules. Exits 0 \
                when every example passes, 1 when some fail, 78 when a file is malformed (the message \
                names the file, line and rule).
                """
        )

        @OptionGroup var engineOptions: EngineOptions

        @Argument(help: ArgumentHelp("Rule files or folders.", valueName: "PATH"))
        var paths: [String] = []

        func run() throws {
            var options = engineOptions
            options.rulePaths += paths
            let engine = try options.engine()
            let report = RuleExampleChecker(engine: engine).check()
            for failure in report.failures { print("FAIL \(failure)") }
            print("\(report.rulesChecked) rules, \(report.examplesChecked) examples: \(report.examplesChecked - report.failures.count) passed, \(report.failures.count) failed")
            if !report.failures.isEmpty { throw Exit.checkFailed }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules of the active set.")

        @OptionGroup var engineOptions: EngineOptions

        func run() throws {
            let engine = try engineOptions.engine()
            for rule in engine.configuration.rules.rules {
                print("\(rule.id)\t\(rule.label)\t\(rule.kind.rawValue)\t\(rule.languages.joined(separator: ","))\t\(rule.location)")
            }
        }
    }

    struct Cost: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time each rule, and each stage of detection, on a corpus.",
            discussion: """
                Scans each FILE as the filter does (blocks of whole lines, one thread) and prints \
                the time of each stage of detection and of each rule, dearest first: a pattern \
                rule's searches in the windows its trigger characters open, a cue rule's search \
                after its cue words; apart, each rule's set-up (its pattern compiled on first use, \
                once per process, and its matcher pointed at each text). Linking, stand-ins and output are not timed (redact bench \
                times whole runs). A .jsonl file is read as JSON Lines and its records' "text" \
                fields are scanned. Times are wall-clock: compare the rules of one report, or \
                two rule sets on the same files on one machine. Exits 65 on text that is not \
                UTF-8, 66 when a file cannot be read.
                """
        )

        @OptionGroup var engineOptions: EngineOptions

        @Option(help: "How many rules to print (0: all that ran).")
        var top = 25

        @Flag(help: "Print the figures as one JSON object.")
        var json = false

        @Argument(help: ArgumentHelp("Text or JSON Lines files.", valueName: "FILE"))
        var files: [String]

        func run() throws {
            let engine = try engineOptions.engine()
            let profiler = RuleCostProfiler(engine: engine)
            for path in files {
                let bytes = try readWholeInput(path)
                do {
                    if InputFormat.detect(path: path) == .jsonl {
                        for text in try Self.texts(ofJSONLines: bytes, path: path) { try profiler.scan(text) }
                    } else {
                        try profiler.scan(bytes)
                    }
                } catch let error as InvalidUTF8 {
                    complain("\(path): \(error)")
                    throw Exit.dataError
                }
            }
            let report = profiler.report()
            if json {
                print(Self.json(report))
            } else {
                print(Self.table(report, top: top))
            }
        }

        /// The `text` field of each JSON line (lines without one are skipped).
        static func texts(ofJSONLines bytes: [UInt8], path: String) throws -> [[UInt8]] {
            var texts: [[UInt8]] = []
            var number = 0
            for line in bytes.split(separator: 10, omittingEmptySubsequences: false) {
                number += 1
                guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    complain("\(path):\(number): not a JSON object")
                    throw Exit.dataError
                }
                if let text = object["text"] as? String { texts.append(Array(text.utf8)) }
            }
            return texts
        }

        static func table(_ report: RuleCostProfiler.Report, top: Int) -> String {
            let total = report.seconds
            let mb = Double(report.bytes) / 1e6
            func ms(_ s: Double) -> String { String(format: "%9.1f", s * 1000) }
            func share(_ s: Double) -> String { String(format: "%5.1f%%", total > 0 ? 100 * s / total : 0) }
            var lines = [String(format: "%.2f MB in %d blocks, scanned in %.3f s (%.2f MB/s)", mb, report.blocks, total,
                                total > 0 ? mb / total : 0)]
            lines.append("")
            lines.append("stage              ms   share")
            for stage in report.stages {
                lines.append(stage.name.padding(toLength: 13, withPad: " ", startingAt: 0) + ms(stage.seconds) + " " + share(stage.seconds))
            }
            lines.append("")
            lines.append("rule                                    kind       ms   share   searches  units (K)   finds  set-up ms  where")
            let shown = top > 0 ? report.rules.prefix(top) : report.rules[...]
            for rule in shown {
                let id = rule.id.count > 38 ? String(rule.id.prefix(37)) + "…" : rule.id
                lines.append(id.padding(toLength: 38, withPad: " ", startingAt: 0) + "  "
                    + rule.kind.padding(toLength: 7, withPad: " ", startingAt: 0)
                    + ms(rule.seconds) + " " + share(rule.seconds)
                    + String(format: " %10d %10.1f %7d %10.1f  ", rule.searches, Double(rule.unitsSearched) / 1000, rule.finds,
                             rule.setUpSeconds * 1000)
                    + rule.location)
            }
            if shown.count < report.rules.count {
                let rest = report.rules[shown.count...].reduce(0) { $0 + $1.seconds }
                lines.append("… \(report.rules.count - shown.count) more rules" + String(repeating: " ", count: 8) + ms(rest) + " " + share(rest))
            }
            return lines.joined(separator: "\n")
        }

        static func json(_ report: RuleCostProfiler.Report) -> String {
            let object: [String: Any] = [
                "schema": "redact-rule-cost/1",
                "bytes": report.bytes,
                "blocks": report.blocks,
                "seconds": report.seconds,
                "stages": report.stages.map { ["stage": $0.name, "seconds": $0.seconds] as [String: Any] },
                "rules": report.rules.map {
                    ["id": $0.id, "label": $0.label, "kind": $0.kind, "location": $0.location, "seconds": $0.seconds,
                     "set_up_seconds": $0.setUpSeconds,
                     "searches": $0.searches, "units_searched": $0.unitsSearched, "finds": $0.finds] as [String: Any]
                },
            ]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
    }
}
