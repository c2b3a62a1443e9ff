import Testing
@testable import Redact

/// Legacy charsets in and out, split at any byte, with bad bytes reported where they are.
@Suite struct TranscoderTests {
    static func convert(_ bytes: [UInt8], _ charset: String, _ direction: Transcoder.Direction, onInvalid: Transcoder.OnInvalid = .fail,
                        splits: [Int] = []) throws(TranscodingError) -> [UInt8] {
        let t = try Transcoder(charset: charset, direction: direction, onInvalid: onInvalid)
        var out: [UInt8] = []
        var start = 0
        for cut in splits + [bytes.count] where cut >= start {
            try t.convert(bytes[start..<cut], final: cut == bytes.count, into: &out)
            start = cut
        }
        return out
    }

    static let russian = "Эльчин Гусейнов живёт в Гяндже."

    @Test(arguments: ["windows-1251", "KOI8-R", "UTF-16LE", "UTF-16BE", "ISO-8859-5"])
    func roundTripsAtEverySplit(charset: String) throws {
        let encoded = try Self.convert(Array(Self.russian.utf8), charset, .encode)
        #expect(encoded != Array(Self.russian.utf8))
        for cut in 0...encoded.count {
            let decoded = try Self.convert(encoded, charset, .decode, splits: [cut])
            #expect(String(decoding: decoded, as: UTF8.self) == Self.russian, "\(charset) split at \(cut)")
        }
    }

    @Test func windows1251HasItsOwnBytes() throws {
        // `Э` is 0xDD in windows-1251 and 0xFC in KOI8-R.
        #expect(try Self.convert(Array("Э".utf8), "windows-1251", .encode) == [0xDD])
        #expect(try Self.convert(Array("Э".utf8), "KOI8-R", .encode) == [0xFC])
        #expect(try Self.convert([0xE7, 0xFD, 0xF0], "ISO-8859-9", .decode) == Array("çığ".utf8))
    }

    @Test func badInputFailsWithItsOffsetOrIsReplaced() throws {
        let bytes: [UInt8] = Array("ok\nbad ".utf8) + [0xFF] + Array(" end".utf8)
        let error = #expect(throws: TranscodingError.self) { try Self.convert(bytes, "UTF-8", .decode) }
        #expect(error?.code == .invalidInput)
        #expect(error?.offset == 7)
        let replaced = try Self.convert(bytes, "UTF-8", .decode, onInvalid: .replace, splits: [7])
        #expect(String(decoding: replaced, as: UTF8.self) == "ok\nbad \u{FFFD} end")
        // A character cut off at the end of the input.
        let cut = #expect(throws: TranscodingError.self) { try Self.convert([0x41, 0xD0], "UTF-8", .decode) }
        #expect(cut?.offset == 1)
        // A lone surrogate in UTF-16.
        let lone = #expect(throws: TranscodingError.self) { try Self.convert([0x41, 0x00, 0x00, 0xD8, 0x42, 0x00], "UTF-16LE", .decode) }
        #expect(lone?.offset == 2)
    }

    @Test func unmappableOutputIsAnError() throws {
        let error = #expect(throws: TranscodingError.self) { try Self.convert(Array("Rəşid".utf8), "windows-1251", .encode) }
        #expect(error?.code == .unmappable)
        #expect(error?.message.contains("U+0259") == true)
        #expect(throws: TranscodingError.self) { try Transcoder(charset: "no-such-charset", direction: .decode) }
    }

    @Test func repertoires() throws {
        let cp1251 = try Transcoder.repertoire(of: "windows-1251")
        #expect(cp1251.contains("Эльчин Elchin"))
        #expect(!cp1251.contains("Elçin"))
        let turkish = try Transcoder.repertoire(of: "ISO-8859-9")
        #expect(turkish.contains("Elçin Şahin İzmir"))
        #expect(!turkish.contains("Rəşid") && !turkish.contains("Эльчин"))
    }

    /// Stand-ins fit the output charset: no `ə` in windows-1251 or ISO-8859-9 output.
    @Test func standInsFitTheOutputCharset() throws {
        let key = try RedactionKey(bytes: Array(repeating: 3, count: 32))
        let text = "Rəşid Məmmədov Gəncədə yaşayır. Эльчин Гусейнов живёт в Гяндже. Elçin Hüseynov İzmir'de."
        for charset in ["windows-1251", "ISO-8859-9", "ISO-8859-1"] {
            var configuration = RedactionConfiguration(key: key)
            configuration.outputRepertoire = try Transcoder.repertoire(of: charset)
            let result = try RedactionEngine(configuration: configuration).redact(text)
            let names = result.spans.filter { ["PERSON", "LOCATION"].contains($0.label) }
            #expect(names.count >= 6, "\(charset): \(names.map(\.text))")
            for span in names {
                #expect(configuration.outputRepertoire!.contains(span.replacement), "\(charset): \(span.text) → \(span.replacement)")
                #expect(span.replacement != span.text)
            }
        }
    }
}
