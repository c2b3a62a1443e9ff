import ArgumentParser
import Dispatch
import Foundation
import Redact
import RedactEval

extension OffsetUnit: ExpressibleByArgument {}
extension GoldFormat: ExpressibleByArgument {}

/// `redact eval GOLD`: runs the engine over annotated documents and scores it (see docs/Eval.md).
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the rules on annotated documents: precision, recall, leak rate, entities, consistency, targets.",
        discussion: """
            GOLD is JSON Lines with "text" and "spans" (start/end in code points, label, optional \
            entity), a Label Studio JSON export, doccano JSON Lines, a BRAT folder (.txt + .ann) \
            or CoNLL BIO; the format is told from the path and first line unless --gold-format \
            says it. Each document is redacted on its own (--scope document, the default), on \
            every core, with results identical to one core; --scope run redacts the documents in \
            order in one session on one thread, so that a name found in one is found in the \
            later ones, as `redact detect --jsonl` and the filter do. --predictions scores \
            another tool's spans instead of running the engine. With --baseline-rules or --baseline the run is compared, \
            and the exit code is 1 when the overall leak rate rose: a gate for CI. The leak rate \
            is the share of annotated non-space characters that no predicted span covers, \
            whatever its label. Per language, the targets table gives the figures the project's \
            goals are stated in, as the corpora's measure script defines them: PERSON mentions \
            found (one character covered by any prediction), PERSON leak, leak of LOCATION \
            mentions that are not countries (told by the engine's country names), ORGANIZATION \
            leak, and over-redaction by PERSON/LOCATION/ORGANIZATION predictions outside every \
            annotated span; for az every leak there is 1 - found. Documents: docs/Eval.md.
            """
    )

    @OptionGroup var engineOptions: EngineOptions

    @Argument(help: ArgumentHelp("The annotated documents (a file, or a BRAT folder).", valueName: "GOLD"))
    var gold: String

    @Option(name: .customLong("gold-format"), help: "jsonl, label-studio, doccano, brat or conll (default: told from the path and first line).")
    var goldFormat: GoldFormat?

    @Option(name: .customLong("offsets"), help: "What gold and prediction offsets count: codepoints (default), utf8 or utf16.")
    var offsets: OffsetUnit = .codePoints

    @Option(name: .customLong("label-map"), help: ArgumentHelp("Rename labels (lines FROM=TO, or a JSON object; TO empty or '-' drops the label).", valueName: "FILE"))
    var labelMap: String?

    @Option(name: .customLong("label"), help: ArgumentHelp("Score only these labels (repeatable; default: every label the gold data has).", valueName: "LABEL"))
    var labels: [String] = []

    @Option(name: .customLong("predictions"), help: ArgumentHelp("Score these spans (JSON Lines: id and spans, or `redact detect --jsonl` output) instead of running the engine.", valueName: "FILE"))
    var predictions: String?

    @Option(name: .customLong("baseline-rules"), help: ArgumentHelp("Compare with a run of these rules instead of --rules ('default' for the built-in set alone; repeatable).", valueName: "PATH"))
    var baselineRules: [String] = []

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Compare with a saved report (the output of --json).", valueName: "REPORT"))
    var baseline: String?

    @Flag(name: .customLong("json"), help: "Print the report as JSON (schema redact-eval/1) instead of the table.")
    var json = false

    @Option(name: .customLong("comparison-json"), help: ArgumentHelp("Write the comparison as JSON (schema redact-eval-comparison/1).", valueName: "FILE"))
    var comparisonJSON: String?

    @Option(name: .customLong("html"), help: ArgumentHelp("Write a self-contained HTML report.", valueName: "FILE"))
    var html: String?

    @Option(name: .customLong("worst"), help: "How many of the worst misses and false alarms to show (default 10).")
    var worst = 10

    @Option(name: .customLong("scope"), help: ArgumentHelp(
        "What one set of found names covers: document (each document alone, the default) or run (every document, in order, on one thread, as `redact detect --jsonl`).",
        valueName: "SCOPE"))
    var scope: LinkScope = .document

    @Option(name: .customLong("jobs"), help: "Threads (default: the number of cores). Results are identical to --jobs 1.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard worst >= 0 else { throw ValidationError("--worst must not be negative") }
        if baseline != nil && !baselineRules.isEmpty { throw ValidationError("--baseline and --baseline-rules: give one of them") }
        if predictions != nil && !baselineRules.isEmpty { throw ValidationError("--baseline-rules needs the engine, not --predictions") }
        if predictions != nil && scope == .run { throw ValidationError("--scope run needs the engine, not --predictions") }
    }

    func run() throws {
        let readOptions = GoldReadOptions(unit: offsets, labelMap: try load { () throws(EvalInputError) in try labelMap.map(LabelMap.read(path:)) })
        let options = EvalOptions(labels: labels.isEmpty ? nil : Set(labels), worstCount: worst)
        let command = (["redact"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        let report: EvalReport
        // The engine's own country names split LOCATION for the targets, with --predictions too.
        let engine = try engineOptions.engine()
        let countryNames = CountryNames(engine: engine)
        let countries = CountryClassifier { surface, _ in countryNames.contains(surface) }
        if let predictions {
            report = try score(readOptions: readOptions, options: options, countries: countries,
                               predictor: .file(try load { () throws(EvalInputError) in
                try PredictionsReader.readAll(path: predictions, options: readOptions, texts: [:]) }),
                run: EvalRun(command: command, gold: gold, predictions: predictions, version: redactVersion))
        } else {
            report = try score(readOptions: readOptions, options: options, countries: countries, predictor: .engine(engine),
                               run: EvalRun(rules: engine.configuration.rules.name, rulesDigest: engine.ruleSetDigest,
                                            standInScheme: engine.configuration.standInScheme.version, command: command,
                                            gold: gold, version: redactVersion))
        }
        var comparison: EvalComparison?
        if let baseline {
            comparison = EvalComparison(current: report, baseline: try load { () throws(EvalInputError) in try EvalReport.read(path: baseline) })
        } else if !baselineRules.isEmpty {
            var other = engineOptions
            other.rulePaths = baselineRules.filter { $0 != "default" }
            let engine = try other.engine()
            let baselineReport = try score(readOptions: readOptions, options: options, countries: countries, predictor: .engine(engine),
                                           run: EvalRun(rules: engine.configuration.rules.name, rulesDigest: engine.ruleSetDigest,
                                                        standInScheme: engine.configuration.standInScheme.version,
                                                        command: command + " (baseline)", gold: gold, version: redactVersion))
            comparison = EvalComparison(current: report, baseline: baselineReport)
        }
        if json {
            try writeStandardOutput(report.jsonData())
        } else {
            var text = TerminalReport.render(report)
            if let comparison { text += "\n" + TerminalReport.render(comparison) }
            try writeStandardOutput(Data(text.utf8))
        }
        if let comparisonJSON, let comparison { try write(comparison.jsonData(), to: comparisonJSON) }
        if let html { try write(Data(HTMLReport.render(report, comparison: comparison).utf8), to: html) }
        if comparison?.leakRose == true {
            func rate(_ c: EvalLeakCounts) -> String { FigureFormat.percent(c.goldCharacters == 0 ? nil : Double(c.leakedCharacters) / Double(c.goldCharacters), digits: 2) }
            complain("the leak rate rose: \(rate(comparison!.baselineLeak)) in the baseline, \(rate(comparison!.currentLeak)) now")
            throw Exit.failed
        }
    }

    enum Predictor {
        case engine(RedactionEngine)
        case file([String: [PredictedSpan]])
    }

    /// Reads the gold documents in batches, predicts each batch's spans on `jobs` threads (one
    /// session per thread, a new document for each text, so results do not depend on the
    /// threads; under `--scope run` one session on one thread, in input order) and scores them
    /// in input order, `countries` splitting LOCATION for the targets.
    func score(readOptions: GoldReadOptions, options: EvalOptions, countries: CountryClassifier, predictor: Predictor,
               run: EvalRun) throws -> EvalReport
    {
        let stream = try load { () throws(EvalInputError) in try GoldDocumentStream(path: gold, format: goldFormat, options: readOptions) }
        var scorer = EvalScorer(options: options, countries: countries)
        let progress = Progress(label: "eval", total: Self.size(of: gold))
        var sessions: [RedactionSession] = []
        // Under --scope run one session reads every document in order, so one thread.
        let threads = scope == .run ? 1 : jobs
        if case .engine(let engine) = predictor { sessions = (0..<threads).map { _ in engine.makeSession() } }
        var seen = Set<String>()
        while true {
            var batch: [GoldDocument] = []
            var batchBytes = 0
            while batch.count < 4096, batchBytes < (1 << 20) * threads, let document = try load({ () throws(EvalInputError) in try stream.next() }) {
                batch.append(document)
                batchBytes += document.text.utf8.count
            }
            if batch.isEmpty { break }
            var predicted = [[PredictedSpan]](repeating: [], count: batch.count)
            switch predictor {
            case .file(let all):
                for (i, document) in batch.enumerated() {
                    predicted[i] = readOptions.labelMap.map { $0.apply(to: all[document.id] ?? []) } ?? all[document.id] ?? []
                    seen.insert(document.id)
                }
            case .engine:
                let workers = min(threads, batch.count)
                let perDocument = scope == .document
                predicted.withUnsafeMutableBufferPointer { slots in
                    nonisolated(unsafe) let slots = slots
                    nonisolated(unsafe) let sessions = sessions
                    let documents = batch
                    DispatchQueue.concurrentPerform(iterations: workers) { worker in
                        for i in stride(from: worker * documents.count / workers, to: (worker + 1) * documents.count / workers, by: 1) {
                            let session = sessions[worker]
                            if perDocument { session.startDocument() }
                            let spans = session.redact(documents[i].text).spans.map {
                                PredictedSpan(codePointRange: $0.codePointRange, label: $0.label, ruleID: $0.ruleID, replacement: $0.replacement)
                            }
                            slots[i] = readOptions.labelMap.map { $0.apply(to: spans) } ?? spans
                        }
                    }
                }
            }
            for (document, spans) in zip(batch, predicted) {
                do { try scorer.add(document: document, predictions: spans) } catch {
                    progress.finish()
                    complain(error.description)
                    throw Exit.dataError
                }
            }
            progress.advance(documents: batch.count, bytes: batchBytes)
        }
        progress.finish()
        if case .file(let all) = predictor {
            let unknown = Set(all.keys).subtracting(seen)
            if !unknown.isEmpty {
                complain("\(unknown.count) prediction record(s) have no gold document (ids such as '\(unknown.sorted().first!)'): not scored")
            }
        }
        return scorer.finish(run: run)
    }

    private func load<T>(_ body: () throws(EvalInputError) -> T) throws -> T {
        do { return try body() } catch {
            complain(error.description)
            throw error.code == .unreadable ? Exit.noInput : Exit.dataError
        }
    }

    static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }

    private func write(_ data: Data, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            complain("\(path): cannot be written")
            throw Exit.cannotCreate
        }
    }

    private func writeStandardOutput(_ data: Data) throws {
        let ok = data.withUnsafeBytes { writeAll(1, $0) }
        if !ok {
            complain("cannot write standard output: \(String(cString: strerror(errno)))")
            throw Exit.ioError
        }
    }
}
