import CICU

/// Converts a stream between UTF-8 and another charset with ICU's converters, in pieces of any
/// size: input in `windows-1251`, `KOI8-R`, `ISO-8859-9`, `UTF-16LE` or any other charset ICU
/// knows is decoded to the UTF-8 the engine reads, and redacted UTF-8 is encoded back.
///
/// A character split across two pieces is carried over (ICU keeps it in the converter).
public final class Transcoder {
    /// Which way the stream goes.
    public enum Direction: Sendable {
        /// From the charset to UTF-8.
        case decode
        /// From UTF-8 to the charset.
        case encode
    }

    /// What to do with input that cannot be converted.
    public enum OnInvalid: String, Sendable, CaseIterable {
        /// Stop with a ``TranscodingError`` (the default of the filter: nothing is guessed).
        case fail
        /// Decode it as U+FFFD; encode an unmappable character as the charset's substitution
        /// character (usually `?` or SUB).
        case replace
    }

    private let handle: OpaquePointer
    public let direction: Direction
    /// ICU's canonical name of the charset (`ibm-5347_P100-1998` for `windows-1251`).
    public let charset: String
    /// Input bytes taken so far.
    private var consumed = 0

    /// A transcoder for `charset` (any name or alias ICU knows).
    /// - Throws: ``TranscodingError`` when ICU knows no such charset.
    public init(charset name: String, direction: Direction, onInvalid: OnInvalid = .fail) throws(TranscodingError) {
        var error: Int32 = 0
        guard let handle = rx_transcoder_open(name, direction == .decode ? 1 : 0, onInvalid == .replace ? 1 : 0, &error) else {
            throw TranscodingError(.unknownCharset, offset: 0, "no charset called '\(name)' (ICU \(String(cString: rx_error_name(error))))")
        }
        self.handle = handle
        self.direction = direction
        charset = String(cString: rx_transcoder_charset(handle))
    }

    deinit { rx_transcoder_close(handle) }

    /// Whether `name` names UTF-8 (any of ICU's aliases), which needs no transcoding.
    public static func isUTF8(_ name: String) -> Bool {
        let folded = name.lowercased().filter { $0.isLetter || $0.isNumber }
        return folded == "utf8"
    }

    /// Converts `bytes` and appends the result to `output`; `final` marks the end of the input
    /// (an incomplete character there is an error, or U+FFFD).
    /// - Throws: ``TranscodingError`` with the offset of the bad bytes in the input, counted
    ///   from the start of the stream; what was converted before them is in `output`.
    public func convert(_ bytes: ArraySlice<UInt8>, final: Bool, into output: inout [UInt8]) throws(TranscodingError) {
        var buffer = [UInt8](repeating: 0, count: max(4096, bytes.count * 3 + 64))
        var start = bytes.startIndex
        while true {
            var used: Int32 = 0
            var written: Int32 = 0
            var badLength: Int32 = 0
            var badChar: UInt32 = 0
            let status = bytes[start...].withUnsafeBufferPointer { source in
                buffer.withUnsafeMutableBufferPointer { target in
                    rx_transcode(handle, source.baseAddress ?? UnsafePointer(bitPattern: 1)!, Int32(source.count),
                                 target.baseAddress!, Int32(target.count), final ? 1 : 0, &used, &written, &badLength, &badChar)
                }
            }
            output.append(contentsOf: buffer[..<Int(written)])
            start += Int(used)
            consumed += Int(used)
            switch status {
            case 0:
                return
            case 15:  // the output buffer is full: go on with the rest
                continue
            case 10, 11, 12:
                switch direction {
                case .decode:
                    let what = status == 11 ? "an incomplete character" : "bytes that are not \(charset)"
                    throw TranscodingError(.invalidInput, offset: consumed - Int(badLength), "\(what) at byte offset \(consumed - Int(badLength))")
                case .encode:
                    let hex = String(badChar, radix: 16, uppercase: true)
                    throw TranscodingError(.unmappable, offset: consumed,
                                           "U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) cannot be written in \(charset)")
                }
            default:
                throw TranscodingError(.invalidInput, offset: consumed, "ICU \(String(cString: rx_error_name(status)))")
            }
        }
    }

    /// The characters `charset` can encode and decode back unchanged, for choosing stand-ins
    /// the output can hold (``RedactionConfiguration/outputRepertoire``).
    public static func repertoire(of charset: String) throws(TranscodingError) -> CharacterRepertoire {
        var error: Int32 = 0
        var ranges = [UInt32](repeating: 0, count: 2 * 512)
        var count = rx_charset_repertoire(charset, &ranges, 512, &error)
        if count > 512 {
            ranges = [UInt32](repeating: 0, count: 2 * Int(count))
            count = rx_charset_repertoire(charset, &ranges, count, &error)
        }
        guard count >= 0 else {
            throw TranscodingError(.unknownCharset, offset: 0, "no charset called '\(charset)' (ICU \(String(cString: rx_error_name(error))))")
        }
        return CharacterRepertoire(ranges: (0..<Int(count)).map { ranges[2 * $0]...ranges[2 * $0 + 1] })
    }
}

/// Input that is not in its charset, or output its charset cannot hold.
public struct TranscodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: Sendable, Hashable {
        case unknownCharset
        /// Bytes that are not valid in the input charset.
        case invalidInput
        /// A character the output charset has no byte sequence for.
        case unmappable
    }

    public var code: Code
    /// Bytes from the start of the stream being converted (input bytes for decoding, UTF-8
    /// bytes for encoding, where the offset is where conversion stopped).
    public var offset: Int
    public var message: String

    /// An error of `code` at `offset`.
    public init(_ code: Code, offset: Int, _ message: String) {
        self.code = code
        self.offset = offset
        self.message = message
    }

    public var description: String { message }
}

/// The characters an output charset can hold, as sorted ranges of code points.
public struct CharacterRepertoire: Sendable, Hashable {
    private let ranges: [ClosedRange<UInt32>]

    /// The characters in `ranges` (sorted, disjoint).
    public init(ranges: [ClosedRange<UInt32>]) { self.ranges = ranges }

    /// Whether every character of `text` is in the repertoire.
    public func contains(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(contains)
    }

    /// Whether `scalar` is in the repertoire.
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound < scalar.value { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(scalar.value)
    }
}
