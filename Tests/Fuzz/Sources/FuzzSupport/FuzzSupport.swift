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
