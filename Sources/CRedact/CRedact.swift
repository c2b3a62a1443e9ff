// The C ABI declared in include/redact.h, implemented with @_cdecl over the Swift API.
//
// Handles are retained Swift objects passed as opaque pointers; strings out are malloc'ed
// copies with a NUL, released by redact_string_free. Every entry point checks its pointers,
// so a NULL gives REDACT_ERROR_INVALID_ARGUMENT instead of a crash.
import Foundation
import Redact
import RedactRules

private let statusOK: Int32 = 0
private let statusInvalidArgument: Int32 = 1
private let statusRules: Int32 = 2
private let statusKey: Int32 = 3
private let statusInvalidUTF8: Int32 = 4
private let statusInternal: Int32 = 5

final class OptionsBox {
    var rulePaths: [String] = []
    var useDefaultRules = true
    var key: RedactionKey?
    var operators = OperatorTable()
    var protectedNames: [String] = []
    var standInScheme = StandInScheme.current
}

final class EngineBox {
    let engine: RedactionEngine
    init(_ engine: RedactionEngine) { self.engine = engine }
}

/// A session and the lock that serializes calls on it: a session is not thread-safe, and a
/// caller that shares one between threads (which the header forbids) waits instead of crashing.
final class SessionBox {
    let session: RedactionSession
    let lock = NSLock()
    init(_ session: RedactionSession) { self.session = session }

    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

final class StreamBox {
    let session: SessionBox  // kept alive as long as the stream
    let redactor: StreamingRedactor
    var failed = false
    var finished = false
    init(session: SessionBox, lineBuffered: Bool) {
        self.session = session
        redactor = StreamingRedactor(session: session.session, lineBuffered: lineBuffered)
    }
}

private func retain<T: AnyObject>(_ object: T) -> OpaquePointer {
    OpaquePointer(Unmanaged.passRetained(object).toOpaque())
}

private func object<T: AnyObject>(_ pointer: OpaquePointer?, as type: T.Type) -> T? {
    guard let pointer else { return nil }
    return Unmanaged<T>.fromOpaque(UnsafeRawPointer(pointer)).takeUnretainedValue()
}

private func release<T: AnyObject>(_ pointer: OpaquePointer?, as type: T.Type) {
    guard let pointer else { return }
    Unmanaged<T>.fromOpaque(UnsafeRawPointer(pointer)).release()
}

/// A malloc'ed, NUL-terminated copy of `bytes`.
private func cString<Bytes: Collection>(_ bytes: Bytes) -> UnsafeMutablePointer<CChar> where Bytes.Element == UInt8 {
    let buffer = malloc(bytes.count + 1)!.assumingMemoryBound(to: UInt8.self)
    var i = 0
    for byte in bytes {
        buffer[i] = byte
        i += 1
    }
    buffer[i] = 0
    return UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: CChar.self)
}

private func setError(_ out: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ message: String?) {
    guard let out else { return }
    out.pointee = message.map { cString(Array($0.utf8)) }
}

private func setOutput(_ bytes: [UInt8], _ output: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                       _ length: UnsafeMutablePointer<Int>?) {
    output.pointee = cString(bytes)
    length?.pointee = bytes.count
}

/// The most bytes one call takes: the engine keeps offsets within a text in 32 bits. A longer
/// `size_t` (or one that wraps to a negative `Int`) is an invalid argument, never a trap.
private let maxCallBytes = Int(Int32.max)

private func bytes(_ text: UnsafePointer<CChar>?, _ length: Int) -> UnsafeBufferPointer<UInt8>? {
    guard length >= 0 && length <= maxCallBytes else { return nil }
    guard let text else { return length == 0 ? UnsafeBufferPointer(start: nil, count: 0) : nil }
    return UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: length)
}

/// Decodes `input` as UTF-8 or reports where it is not.
private func text(_ input: UnsafeBufferPointer<UInt8>, error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> String? {
    let array = Array(input)
    if let offset = InvalidUTF8.firstOffset(in: array) {
        setError(error, "invalid UTF-8 at byte offset \(offset)")
        return nil
    }
    return String(decoding: array, as: UTF8.self)
}

@_cdecl("redact_version")
public func redact_version() -> UnsafePointer<CChar> { versionString }

nonisolated(unsafe) private let versionString: UnsafePointer<CChar> = UnsafePointer(cString(Array(RedactLibrary.version.utf8)))

@_cdecl("redact_abi_version")
public func redact_abi_version() -> Int32 { 1 }

nonisolated(unsafe) private let statusNames: [UnsafePointer<CChar>] = [
    "REDACT_OK", "REDACT_ERROR_INVALID_ARGUMENT", "REDACT_ERROR_RULES", "REDACT_ERROR_KEY",
    "REDACT_ERROR_INVALID_UTF8", "REDACT_ERROR_INTERNAL", "REDACT_UNKNOWN_STATUS",
].map { UnsafePointer(cString(Array($0.utf8))) }

@_cdecl("redact_status_name")
public func redact_status_name(_ status: Int32) -> UnsafePointer<CChar> {
    statusNames[(0...5).contains(status) ? Int(status) : 6]
}

@_cdecl("redact_string_free")
public func redact_string_free(_ string: UnsafeMutablePointer<CChar>?) { free(string) }

// MARK: Options

@_cdecl("redact_options_new")
public func redact_options_new() -> OpaquePointer { retain(OptionsBox()) }

@_cdecl("redact_options_free")
public func redact_options_free(_ options: OpaquePointer?) { release(options, as: OptionsBox.self) }

@_cdecl("redact_options_add_rules")
public func redact_options_add_rules(_ options: OpaquePointer?, _ path: UnsafePointer<CChar>?) -> Int32 {
    guard let box = object(options, as: OptionsBox.self), let path else { return statusInvalidArgument }
    box.rulePaths.append(String(cString: path))
    return statusOK
}

@_cdecl("redact_options_use_default_rules")
public func redact_options_use_default_rules(_ options: OpaquePointer?, _ enabled: Int32) -> Int32 {
    guard let box = object(options, as: OptionsBox.self) else { return statusInvalidArgument }
    box.useDefaultRules = enabled != 0
    return statusOK
}

@_cdecl("redact_options_set_key")
public func redact_options_set_key(_ options: OpaquePointer?, _ key: UnsafePointer<UInt8>?, _ length: Int) -> Int32 {
    guard let box = object(options, as: OptionsBox.self), let key, length >= 0 && length <= maxCallBytes else { return statusInvalidArgument }
    // A key is 32 bytes: any other length is refused before a byte of it is read.
    guard length == 32, let value = try? RedactionKey(checking: Array(UnsafeBufferPointer(start: key, count: length))) else { return statusKey }
    box.key = value
    return statusOK
}

@_cdecl("redact_options_set_operator")
public func redact_options_set_operator(_ options: OpaquePointer?, _ label: UnsafePointer<CChar>?,
                                        _ name: UnsafePointer<CChar>?) -> Int32 {
    guard let box = object(options, as: OptionsBox.self), let name,
          let op = RedactionOperator(rawValue: String(cString: name)) else { return statusInvalidArgument }
    if let label { box.operators.byLabel[String(cString: label).uppercased()] = op } else { box.operators.defaultOperator = op }
    return statusOK
}

@_cdecl("redact_options_add_protected_name")
public func redact_options_add_protected_name(_ options: OpaquePointer?, _ name: UnsafePointer<CChar>?) -> Int32 {
    guard let box = object(options, as: OptionsBox.self), let name else { return statusInvalidArgument }
    box.protectedNames.append(String(cString: name))
    return statusOK
}

@_cdecl("redact_options_set_stand_in_scheme")
public func redact_options_set_stand_in_scheme(_ options: OpaquePointer?, _ version: Int32) -> Int32 {
    guard let box = object(options, as: OptionsBox.self), let scheme = StandInScheme(version: Int(version)) else {
        return statusInvalidArgument
    }
    box.standInScheme = scheme
    return statusOK
}

// MARK: Engine

@_cdecl("redact_engine_new")
public func redact_engine_new(_ options: OpaquePointer?, _ engine: UnsafeMutablePointer<OpaquePointer?>?,
                              _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    setError(error, nil)
    guard let box = object(options, as: OptionsBox.self), let engine else {
        setError(error, "options and engine must not be NULL")
        return statusInvalidArgument
    }
    engine.pointee = nil
    do {
        var composer = RuleSetComposer()
        if box.useDefaultRules { composer.add(base: DefaultRules.spec) }
        for path in box.rulePaths { try composer.add(path: path) }
        let rules = box.rulePaths.isEmpty && box.useDefaultRules ? DefaultRules.spec : try composer.build(name: "custom")
        var configuration = RedactionConfiguration(rules: rules, operators: box.operators, key: box.key ?? .random(),
                                                   protectedNames: box.protectedNames)
        configuration.standInScheme = box.standInScheme
        engine.pointee = retain(EngineBox(try RedactionEngine(configuration: configuration)))
        return statusOK
    } catch let failure {
        setError(error, failure.description)
        return statusRules
    }
}

@_cdecl("redact_engine_free")
public func redact_engine_free(_ engine: OpaquePointer?) { release(engine, as: EngineBox.self) }

@_cdecl("redact_engine_rules_digest")
public func redact_engine_rules_digest(_ engine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    guard let box = object(engine, as: EngineBox.self) else { return nil }
    return cString(Array(box.engine.ruleSetDigest.utf8))
}

@_cdecl("redact_engine_stand_in_scheme")
public func redact_engine_stand_in_scheme(_ engine: OpaquePointer?) -> Int32 {
    guard let box = object(engine, as: EngineBox.self) else { return 0 }
    return Int32(box.engine.configuration.standInScheme.version)
}

/// The common shape of the calls that take a whole text and return one string: check the
/// arguments, decode the text, run `body`, hand out its bytes.
private func textCall(_ handle: Bool, _ input: UnsafePointer<CChar>?, _ length: Int,
                      _ output: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ outputLength: UnsafeMutablePointer<Int>?,
                      _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, what: String,
                      _ body: (String) -> [UInt8]?) -> Int32 {
    setError(error, nil)
    output?.pointee = nil
    guard length >= 0 && length <= maxCallBytes else {
        setError(error, "length is above INT_MAX: use a stream (redact_stream_feed) for longer texts")
        return statusInvalidArgument
    }
    guard handle, let output, let buffer = bytes(input, length) else {
        setError(error, "\(what) must not be NULL")
        return statusInvalidArgument
    }
    guard let text = text(buffer, error: error) else { return statusInvalidUTF8 }
    guard let result = body(text) else {
        setError(error, "could not encode the result")
        return statusInternal
    }
    setOutput(result, output, outputLength)
    return statusOK
}

@_cdecl("redact_text")
public func redact_text(_ engine: OpaquePointer?, _ input: UnsafePointer<CChar>?, _ length: Int,
                        _ output: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ outputLength: UnsafeMutablePointer<Int>?,
                        _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let box = object(engine, as: EngineBox.self)
    return textCall(box != nil, input, length, output, outputLength, error, what: "engine, text and output") { text in
        Array(box!.engine.redact(text).output.utf8)
    }
}

@_cdecl("redact_detect_json")
public func redact_detect_json(_ engine: OpaquePointer?, _ input: UnsafePointer<CChar>?, _ length: Int,
                               _ json: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ jsonLength: UnsafeMutablePointer<Int>?,
                               _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let box = object(engine, as: EngineBox.self)
    return textCall(box != nil, input, length, json, jsonLength, error, what: "engine, text and json") { text in
        let result = box!.engine.redact(text)
        let object: [String: Any] = ["output": result.output, "spans": result.spans.map(\.jsonObject)]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])).map(Array.init)
    }
}

// MARK: Session

@_cdecl("redact_session_new")
public func redact_session_new(_ engine: OpaquePointer?, _ session: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let box = object(engine, as: EngineBox.self), let session else { return statusInvalidArgument }
    session.pointee = retain(SessionBox(box.engine.makeSession()))
    return statusOK
}

@_cdecl("redact_session_free")
public func redact_session_free(_ session: OpaquePointer?) { release(session, as: SessionBox.self) }

@_cdecl("redact_session_text")
public func redact_session_text(_ session: OpaquePointer?, _ input: UnsafePointer<CChar>?, _ length: Int,
                                _ output: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ outputLength: UnsafeMutablePointer<Int>?,
                                _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let box = object(session, as: SessionBox.self)
    return textCall(box != nil, input, length, output, outputLength, error, what: "session, text and output") { text in
        box!.locked { Array(box!.session.redact(text).output.utf8) }
    }
}

@_cdecl("redact_session_set_date_document")
public func redact_session_set_date_document(_ session: OpaquePointer?, _ id: UnsafePointer<CChar>?, _ length: Int,
                                             _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    setError(error, nil)
    guard let box = object(session, as: SessionBox.self) else {
        setError(error, "session must not be NULL")
        return statusInvalidArgument
    }
    guard let id else {
        box.locked { box.session.dateDocument = nil }
        return statusOK
    }
    guard length >= 0 && length <= maxCallBytes, let buffer = bytes(id, length) else {
        setError(error, "the document id's length is out of range")
        return statusInvalidArgument
    }
    guard let text = text(buffer, error: error) else { return statusInvalidUTF8 }
    box.locked { box.session.dateDocument = text }
    return statusOK
}

// MARK: Stream

@_cdecl("redact_stream_new")
public func redact_stream_new(_ session: OpaquePointer?, _ lineBuffered: Int32, _ stream: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let box = object(session, as: SessionBox.self), let stream else { return statusInvalidArgument }
    stream.pointee = retain(StreamBox(session: box, lineBuffered: lineBuffered != 0))
    return statusOK
}

@_cdecl("redact_stream_free")
public func redact_stream_free(_ stream: OpaquePointer?) { release(stream, as: StreamBox.self) }

private func streamStep(_ stream: OpaquePointer?, _ output: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                        _ outputLength: UnsafeMutablePointer<Int>?, _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                        _ step: (StreamingRedactor, inout [UInt8]) throws(InvalidUTF8) -> Void) -> Int32 {
    setError(error, nil)
    guard let box = object(stream, as: StreamBox.self), let output else {
        setError(error, "stream and output must not be NULL")
        return statusInvalidArgument
    }
    output.pointee = nil
    box.session.lock.lock()
    defer { box.session.lock.unlock() }
    guard !box.failed else {
        setError(error, "the stream already failed on invalid UTF-8")
        return statusInvalidArgument
    }
    guard !box.finished else {
        setError(error, "the stream is finished: make a new stream for more text")
        return statusInvalidArgument
    }
    var out: [UInt8] = []
    do {
        try step(box.redactor, &out)
        setOutput(out, output, outputLength)
        return statusOK
    } catch let failure {
        box.failed = true
        setOutput(out, output, outputLength)
        setError(error, failure.description)
        return statusInvalidUTF8
    }
}

@_cdecl("redact_stream_feed")
public func redact_stream_feed(_ stream: OpaquePointer?, _ input: UnsafePointer<CChar>?, _ length: Int,
                               _ output: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ outputLength: UnsafeMutablePointer<Int>?,
                               _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    guard let buffer = bytes(input, length) else {
        output?.pointee = nil
        setError(error, length > maxCallBytes || length < 0 ? "length is above INT_MAX: feed the bytes in smaller pieces" : "bytes must not be NULL")
        return statusInvalidArgument
    }
    return streamStep(stream, output, outputLength, error) { redactor, out throws(InvalidUTF8) in
        try redactor.feed(buffer, into: &out)
    }
}

@_cdecl("redact_stream_finish")
public func redact_stream_finish(_ stream: OpaquePointer?, _ output: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                                 _ outputLength: UnsafeMutablePointer<Int>?,
                                 _ error: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    let status = streamStep(stream, output, outputLength, error) { redactor, out throws(InvalidUTF8) in
        try redactor.finish(into: &out)
    }
    if status == statusOK || status == statusInvalidUTF8, let box = object(stream, as: StreamBox.self) {
        box.session.locked { box.finished = true }
    }
    return status
}
