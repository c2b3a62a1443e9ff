import Redact

/// What every fuzz target shares: one engine with the default rules and a fixed key, made once.
public enum Fuzz {
    public static let engine: RedactionEngine = {
        let key = try! RedactionKey(bytes: (0..<32).map { UInt8(truncatingIfNeeded: $0 * 73 + 17) })
        return try! RedactionEngine(configuration: RedactionConfiguration(key: key))
    }()

    /// Stops the run with a message libFuzzer records with the input that caused it.
    public static func fail(_ message: String) -> Never {
        fatalError("fuzz property violated: \(message)")
    }
}

/// libFuzzer's driver: SwiftPM links a Swift executable's top-level code as `main`, so each
/// target's `main.swift` hands its callback to the driver instead of using libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

extension Fuzz {
    /// Runs libFuzzer over `callback` with this process's arguments and returns its status.
    public static func runDriver(_ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32 {
        var count = CommandLine.argc
        var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&count, &vector, callback)
    }
}

extension Fuzz {
    /// Feeds `bytes` whole and split at `split` through fresh redactors made by `make`, and
    /// returns both outcomes: the output so far and the error that stopped it, if any.
    public static func wholeAndSplit<Failure: Error>(
        _ bytes: [UInt8], at split: Int,
        feed: (ArraySlice<UInt8>, inout [UInt8]) throws(Failure) -> Void,
        finish: (inout [UInt8]) throws(Failure) -> Void,
        fresh: () -> Void
    ) -> (whole: (output: [UInt8], error: Failure?), split: (output: [UInt8], error: Failure?)) {
        func run(_ pieces: [ArraySlice<UInt8>]) -> (output: [UInt8], error: Failure?) {
            fresh()
            var out: [UInt8] = []
            do throws(Failure) {
                for piece in pieces { try feed(piece, &out) }
                try finish(&out)
                return (out, nil)
            } catch {
                return (out, error)
            }
        }
        return (run([bytes[...]]), run([bytes[..<split], bytes[split...]]))
    }
}
