import ArgumentParser
import Foundation
import Redact

/// `redact train`: regenerates the context model's weights from the annotated training corpora.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the context model of name detection and write its weights file.",
        discussion: """
            Reads the JSON Lines corpora (code-point `start`/`end` spans labelled PERSON, LOCATION, \
            ORGANIZATION; other labels are read as no name) named by --corpus from DIR, in the order \
            given; every tenth document of each file (the 10th, 20th, …) is held out, and the \
            threshold is chosen on those. Tokenizes and extracts features with the engine's own code \
            and trains deterministically (fixed seed and epochs), then writes the weights file that \
            the next build compiles into the binary. Never give it the development corpora.
            """
    )

    /// The corpora of `../shared/training/` used, and why (Rules/README.md, "The context model").
    static let defaultCorpora = [
        "en-uner-ewt.jsonl", "en-uner-pud.jsonl", "en-wnut17.jsonl",
        "ru-uner-pud.jsonl", "ru-wikiner-silver.jsonl",
        "tr-wikiner-gold.jsonl",
    ]

    @Option(name: .customLong("data"), help: ArgumentHelp("The folder of the training corpora.", valueName: "DIR"))
    var data = "../shared/training"

    @Option(name: .customLong("corpus"), help: ArgumentHelp("A corpus file in DIR (repeatable; default: the six of Rules/README.md).", valueName: "FILE"))
    var corpora: [String] = []

    @Option(name: .customLong("output"), help: ArgumentHelp("The weights file to write.", valueName: "PATH"))
    var output = "Rules/model/names-context.weights"

    @Option(name: .customLong("epochs"), help: "Passes over the training data.")
    var epochs = 6

    @Option(name: .customLong("buckets-log2"), help: "log2 of the number of feature hash buckets.")
    var bucketsLog2 = 17

    func validate() throws {
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard (8...24).contains(bucketsLog2) else { throw ValidationError("--buckets-log2 must be in 8…24") }
    }

    func run() throws {
        var documents: [ContextTrainingDocument] = []
        for name in corpora.isEmpty ? Self.defaultCorpora : corpora {
            let path = (data as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                complain("\(path): cannot be read")
                throw Exit.noInput
            }
            var index = 0
            for line in text.split(separator: "\n") where !line.isEmpty {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let body = object["text"] as? String, let spans = object["spans"] as? [[String: Any]] else {
                    complain("\(path): line \(index + 1) is not a training record")
                    throw Exit.dataError
                }
                documents.append(ContextTrainingDocument(text: body, spans: Self.utf16Spans(body, spans), isHeldOut: index % 10 == 9))
                index += 1
            }
            print("\(name): \(index) documents")
        }
        var trainer = ContextModelTrainer()
        trainer.epochs = epochs
        trainer.buckets = 1 << bucketsLog2
        let result = try trainer.train(documents)
        print(result.report, terminator: "")
        let url = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(result.file.utf8).write(to: url)
        print("wrote \(output) (\(result.file.utf8.count) bytes)")
    }

    /// Spans with code-point offsets as UTF-16 offsets.
    static func utf16Spans(_ text: String, _ spans: [[String: Any]]) -> [ContextTrainingDocument.Span] {
        var offsets: [Int] = [0]  // UTF-16 offset of each code point, and of the end
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var u = 0
        for scalar in text.unicodeScalars {
            u += scalar.utf16.count
            offsets.append(u)
        }
        return spans.compactMap { span in
            guard let start = span["start"] as? Int, let end = span["end"] as? Int, let label = span["label"] as? String,
                  start >= 0, start < end, end < offsets.count else { return nil }
            return ContextTrainingDocument.Span(start: offsets[start], end: offsets[end], label: label)
        }
    }
}
